/** The languages a report is written in. A new language adds its code here and a pack under locale/. */
export type Lang = 'zh-CN' | 'en-US';
