import { expect, test } from 'vitest';
import { dragDisable, dragEnable } from '../../src/shims/d3-drag.js';

// d3-zoom calls these around a pan: the page must not start a native drag or a text selection meanwhile, and the
// click that ends a pan must not reach the page (d3-drag's behaviour, which the stand-in keeps).
test('the d3-drag stand-in stops native drags and selection during a pan, and the click that ends it', async () => {
  const fire = (type: string) => {
    const event = new Event(type, { bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    return event.defaultPrevented;
  };
  expect(fire('selectstart')).toBe(false);
  dragDisable(window);
  expect(fire('selectstart')).toBe(true);
  expect(fire('dragstart')).toBe(true);
  dragEnable(window, true);
  expect(fire('selectstart')).toBe(false);
  expect(fire('dragstart')).toBe(false);
  expect(fire('click')).toBe(true);
  await new Promise((r) => setTimeout(r, 10));
  expect(fire('click')).toBe(false);
  dragDisable(window);
  dragEnable(window);
  expect(fire('click')).toBe(false);
});
