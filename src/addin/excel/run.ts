/** The shape of Excel.run the adapter is written against (a parameter, so tests can drive the double). */

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run with the forms the adapter uses: (batch), (options, batch), (an earlier context, batch). */
export interface ExcelRun {
  <T>(batch: ExcelBatch<T>): Promise<T>;
  <T>(contextOrOptions: Excel.RequestContext | Excel.RunOptions, batch: ExcelBatch<T>): Promise<T>;
}
