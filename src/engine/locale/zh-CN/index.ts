/** The zh-CN pack: every word of the engine in zh-CN. */
import type { Locale } from '../types';
import { changes } from './changes';
import { format } from './format';
import { history } from './history';
import { messages } from './messages';
import { narrative } from './narrative';
import { report } from './report';
import { units } from './units';

export const zhCN: Locale = { lang: 'zh-CN', format, messages, narrative, units, changes, report, history };
