/**
 * Stands in for d3-selection in the self-contained bundle (vite.config.ts; the npm build keeps the real module, a
 * dependency apps share). d3-zoom and d3-drag select one node at a time (the plot, the window) to set its
 * `__zoom`, add and remove namespaced listeners and read pointer positions; the element does the same. The real
 * module's selection prototype (joins, data, attributes, transitions' hooks), which no bundler can tree-shake, is
 * about 4 KB gzip of the 45 KB budget: this is the part of it they call, with the same semantics.
 */

type Listener = (this: Node, event: Event, datum: unknown) => void;
interface Entry {
  readonly type: string;
  readonly name: string;
  readonly listener: Listener;
  readonly wrapped: EventListener;
  readonly options: AddEventListenerOptions | boolean | undefined;
}
type Target = EventTarget & { __on?: Entry[]; __data__?: unknown; style?: CSSStyleDeclaration };

export interface Selection {
  property(name: string, value: unknown): Selection;
  on(typenames: string): Listener | undefined;
  on(typenames: string, listener: Listener | null, options?: AddEventListenerOptions | boolean): Selection;
  filter(test: (this: Target, datum: unknown) => unknown): Selection;
  style(name: string, value: string): Selection;
  datum(): unknown;
  call<A extends unknown[]>(fn: (selection: Selection, ...args: A) => void, ...args: A): Selection;
  each(fn: (this: Target, datum: unknown) => void): Selection;
  interrupt(): Selection;
  node(): Target | null;
}

/** "wheel.zoom mousedown.zoom" → its types and names; ".zoom" names every type. */
function parse(typenames: string): { type: string; name: string }[] {
  return typenames
    .trim()
    .split(/\s+/)
    .map((t) => {
      const i = t.indexOf('.');
      return i < 0 ? { type: t, name: '' } : { type: t.slice(0, i), name: t.slice(i + 1) };
    });
}

function selection(node: Target | null): Selection {
  const s: Selection = {
    property(name, value) {
      if (node)
        (node as unknown as Record<string, unknown>)[name] =
          typeof value === 'function' ? value.call(node, node.__data__, 0, [node]) : value;
      return s;
    },
    on(typenames: string, listener?: Listener | null, options?: AddEventListenerOptions | boolean): never {
      const names = parse(typenames);
      const on = node?.__on ?? [];
      if (listener === undefined) {
        const { type, name } = names[0];
        return on.find((e) => e.type === type && e.name === name)?.listener as never;
      }
      if (!node) return s as never;
      for (const { type, name } of names) {
        // A new listener for a type and name replaces the old one; null (and a type-less ".name") removes.
        for (const e of on.filter((e) => e.name === name && (!type || e.type === type))) {
          node.removeEventListener(e.type, e.wrapped, e.options);
          on.splice(on.indexOf(e), 1);
        }
        if (listener && type) {
          const wrapped = function (this: Node, event: Event) {
            listener.call(this, event, node.__data__);
          } as EventListener;
          node.addEventListener(type, wrapped, options);
          on.push({ type, name, listener, wrapped, options });
        }
      }
      node.__on = on;
      return s as never;
    },
    filter: (test) => selection(node && test.call(node, node.__data__) ? node : null),
    style(name, value) {
      node?.style?.setProperty(name, value);
      return s;
    },
    datum: () => node?.__data__,
    call(fn, ...args) {
      fn(s, ...args);
      return s;
    },
    each(fn) {
      if (node) fn.call(node, node.__data__);
      return s;
    },
    interrupt: () => s,
    node: () => node,
  };
  return s;
}

/** The selection of one node (an element, the window). */
export function select(node: EventTarget): Selection {
  return selection(node as Target);
}

/** The pointer's position relative to `target` (default: the event's current target), as d3-selection's `pointer`. */
export function pointer(event: Event & { sourceEvent?: Event }, target?: Element | null): [number, number] {
  let e: Event & { sourceEvent?: Event } = event;
  while (e.sourceEvent) e = e.sourceEvent;
  const p = e as MouseEvent;
  const node = target === undefined ? (e.currentTarget as Element | null) : target;
  if (node?.getBoundingClientRect) {
    const rect = node.getBoundingClientRect();
    return [p.clientX - rect.left - node.clientLeft, p.clientY - rect.top - node.clientTop];
  }
  return [p.pageX, p.pageY];
}
