// README.md's React pattern: the element defined before React renders it, `events` and `selected` as properties,
// `ontimeline-select` for the two-way binding (id null when the reader closes the details), a ref for methods.
import { useRef, useState } from 'react';
import 'event-timeline'; // defines <event-timeline> before React renders it
import type { EventTimeline, TimelineEventInput, TimelineSelectEvent } from 'event-timeline';

export function Chronology({ events }: { events: TimelineEventInput[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  const timeline = useRef<EventTimeline>(null);
  return (
    <>
      <p>
        <button type="button" onClick={() => timeline.current?.zoomToFit()}>
          Tout voir
        </button>{' '}
        <button type="button" onClick={() => setSelected(events[0].id ?? null)}>
          Le cessez-le-feu
        </button>{' '}
        Sélection : <output id="selection">{selected ?? 'aucune'}</output>
      </p>
      <event-timeline
        ref={timeline}
        events={events}
        locale="fr-FR"
        selected={selected}
        ontimeline-select={(e: TimelineSelectEvent) => setSelected(e.detail.id)}
      />
    </>
  );
}
