/** Activates a sheet and selects a range (for diagnostics and "Select table for copying"). One sync. */
import { PortError } from '../port';

export async function selectRange(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load('name');
  await context.sync();
  if (ws.isNullObject) throw new PortError('unknown', `the sheet "${sheet}" no longer exists`, sheet);
  ws.activate();
  ws.getRange(address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address).select();
  await context.sync();
}
