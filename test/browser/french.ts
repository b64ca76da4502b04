import fr from '../../data/karabakh.fr.json';
import '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { rendered } from '../../stories/helpers.js';

/** Mounts the French Karabakh story, 1,000 px wide, after `setup`, and waits until it has drawn itself. */
export async function mountFrench(setup: (el: EventTimeline) => void = () => {}): Promise<EventTimeline> {
  const el = document.createElement('event-timeline');
  el.style.width = '1000px';
  el.locale = 'fr-FR';
  el.events = fr;
  setup(el);
  document.body.append(el);
  return rendered(el);
}
