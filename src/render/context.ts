import type { LabelService } from '../labels.js';
import type { PlacedItem } from '../layout/events.js';
import type { Projection } from '../layout/projection.js';
import type { TimelineEvent } from '../timeline.types.js';

/**
 * What the render functions of one frame share: built once per update by the element, read by every item. Render
 * functions are plain: they read this and their item, and keep no state of their own.
 */
export interface FrameContext {
  readonly labels: LabelService;
  readonly projection: Projection;
  /** Size of a row across the axis: ROW_SIZE horizontal, a column's width vertical. */
  readonly rowSize: number;
  /** Vertical, when the lanes share one column: each label starts with its lane's name. */
  readonly tags?: boolean;
  /** The key of the item with the tab stop. */
  readonly activeKey: string | undefined;
  /** The selected event, if any. */
  readonly selected: TimelineEvent | undefined;
  /** The document's categories by name: their index (the `--_c<index>` colour) and CSS hook part. */
  readonly categories?: ReadonlyMap<string, CategoryMark>;
  /** The reader activated an item (click, Enter, Space). */
  readonly onActivate: (item: PlacedItem) => void;
  /** An item got keyboard focus. */
  readonly onFocus: (item: PlacedItem) => void;
  /** The reader points at an item (hover or focus), or at none: its date shows on the axis. */
  readonly onPoint: (item: PlacedItem | undefined) => void;
}

/** How an item of a category is drawn: `--_category: var(--_c<index>)`, and `part` added to its parts. */
export interface CategoryMark {
  readonly index: number;
  readonly part: string;
}

/** Row size across the axis, px. */
export const ROW_SIZE = 28;
/** Point mark radius, px (the layout is given the same). */
export const MARK_RADIUS = 5;
