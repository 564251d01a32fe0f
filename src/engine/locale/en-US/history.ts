/** The check-in history sheet in en-US. */
import type { HistoryWords } from '../types';

export const history: HistoryWords = {
  note: 'Check-in history: kept by the Target Report add-in. Each report written records one check-in; running the same period again replaces that period. This sheet is protected; please do not edit it by hand.',
  columns: {
    period: 'Period',
    taken_at: 'Recorded at (UTC)',
    recorded: 'Recorded at',
    key: 'Match key',
    sheet: 'Sheet',
    id: 'ID',
    name: 'Indicator',
    category: 'Category',
    target: 'Target',
    actual: 'Actual',
    expected: 'Expected by now',
    completion: 'Completion',
    status: 'Status code',
    status_name: 'Status',
  },
};
