/**
 * Sheet events: added and deleted (ExcelApi 1.7) and renamed (ExcelApi 1.17, used only when supported;
 * without it a rename shows after the pane's Refresh). Returns a function that removes the handlers —
 * inside Excel.run(handlerResult.context, …), the documented way ("Work with events using the Excel
 * JavaScript API": remove an event handler), since the context that added them has ended by then.
 */
import type { ExcelRun } from './run';
import { supports, type HostEnv } from './requirements';

export async function onSheetsChanged(
  context: Excel.RequestContext,
  host: HostEnv,
  run: ExcelRun,
  callback: () => void,
): Promise<() => Promise<void>> {
  const handler = async (): Promise<void> => {
    callback();
  };
  const worksheets = context.workbook.worksheets;
  const results: OfficeExtension.EventHandlerResult<unknown>[] = [
    worksheets.onAdded.add(handler),
    worksheets.onDeleted.add(handler),
  ];
  if (supports(host, 'sheetRenamedEvent')) results.push(worksheets.onNameChanged.add(handler));
  await context.sync();
  let removed = false;
  return async () => {
    if (removed) return;
    removed = true;
    await run(results[0].context as Excel.RequestContext, async (ctx) => {
      for (const r of results) r.remove();
      await ctx.sync();
    });
  };
}
