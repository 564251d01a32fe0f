/** The check-in history sheet in zh-CN. */
import type { HistoryWords } from '../types';

export const history: HistoryWords = {
  note: '对标记录：由目标对标加载项维护，每次写入报告时记录一期对标结果，同一期间重新运行时替换该期间的记录。本表已保护，请勿手工修改。',
  columns: {
    period: '期间',
    taken_at: '记录时间（UTC）',
    recorded: '记录时间',
    key: '匹配键',
    sheet: '工作表',
    id: '编号',
    name: '指标名称',
    category: '类别',
    target: '目标值',
    actual: '完成值',
    expected: '序时目标',
    completion: '完成率',
    status: '状态代码',
    status_name: '状态',
  },
};
