/** Several units (departments, counties) reporting in the same layout, added up. */
import type { Diagnostic } from './diagnostics';
import type { Evaluation, Status } from './evaluation';

export interface UnitEvaluations {
  /** The unit's name as shown: the sheet name, or the file name when each file holds one unit. */
  readonly name: string;
  readonly evaluations: readonly Evaluation[];
}

export interface ConsolidatedIndicator {
  readonly key: string;
  readonly id: string | null;
  readonly name: string;
  readonly category: string | null;
  readonly unit: string | null;
  /**
   * True when the units write the indicator as a percentage (0.95 for 95 %): target, actual, expected
   * and range are then shown as percentages.
   */
  readonly percent: boolean;
  /** Units that report this indicator. */
  readonly units: readonly string[];
  /** Units that do not (flagged, never dropped). */
  readonly missingIn: readonly string[];
  readonly kind: 'sum' | 'level' | 'milestone' | 'mismatch';
  readonly target: number | null;
  readonly actual: number | null;
  readonly expected: number | null;
  readonly completion: number | null;
  /** For levels and percentages: the lowest and highest actual across units. */
  readonly range: { readonly min: number; readonly max: number } | null;
  /** Units achieved or on track for this indicator. */
  readonly unitsMeeting: number;
  readonly status: Status;
}

export interface UnitSummary {
  readonly name: string;
  readonly total: number;
  readonly byStatus: Readonly<Record<Status, number>>;
  /** Share of the unit's indicators achieved or on track (0..1). */
  readonly onPaceShare: number;
  /** 1 = best. */
  readonly rank: number;
}

export interface Consolidation {
  readonly consolidated: readonly ConsolidatedIndicator[];
  readonly units: readonly UnitSummary[];
  readonly diagnostics: readonly Diagnostic[];
}
