"""The pandas + openpyxl peer of the benchmark: what an analyst's script does with the same workbook.

Reads every sheet with pandas (openpyxl underneath), finds the indicator table by its header, reads the
annual target and the quarters up to the period checked (the latest with data), rates each indicator
against its target and the pace the period demands (thresholds 1.0 and 0.8, as the project's defaults),
and writes one row per indicator to a report workbook with openpyxl. Prints the counts per status as
JSON. Usage: python3 scripts/bench/peer_pandas.py <in.xlsx> <out.xlsx>
"""
import json
import re
import sys

import openpyxl
import pandas as pd

QUARTERS = ["一季度", "二季度", "三季度", "四季度"]
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def number(value):
    """A cell as a number: numbers as they are, text such as "1,234" or "120多" by its digits."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    m = NUMBER.search(str(value).replace(",", ""))
    return float(m.group()) if m else None


def header_row(frame):
    for i in range(min(len(frame), 20)):
        cells = [str(v).strip() for v in frame.iloc[i].tolist()]
        if "指标名称" in cells and "年度目标" in cells:
            return i, cells
    return None, None


def status(target, actual, expected, quarters_done, lower_better):
    if actual is None or target is None or target == 0:
        return "no_data" if actual is None else "invalid"
    if lower_better:
        if actual > target:
            return "missed"
        return "on_track" if actual <= expected else "behind"
    if actual >= target:
        return "achieved"
    if quarters_done == 4:
        return "missed"
    pace = actual / expected if expected else 0
    return "on_track" if pace >= 1.0 else "behind" if pace >= 0.8 else "at_risk"


def main(source, target_file):
    sheets = pd.read_excel(source, sheet_name=None, header=None, engine="openpyxl")
    tables = []
    quarters_done = 0
    for name, frame in sheets.items():
        at, cells = header_row(frame)
        if at is None:
            continue
        cols = {c: i for i, c in enumerate(cells)}
        body = frame.iloc[at + 1 :]
        tables.append((name, cols, body))
        for q, label in enumerate(QUARTERS):
            if label in cols and body.iloc[:, cols[label]].notna().any():
                quarters_done = max(quarters_done, q + 1)
    out = openpyxl.Workbook(write_only=True)
    sheet = out.create_sheet("对标报告")
    sheet.append(["工作表", "序号", "指标名称", "单位", "年度目标", "累计完成", "序时目标", "完成率", "序时进度", "状态"])
    counts = {}
    for name, cols, body in tables:
        for row in body.itertuples(index=False):
            title = row[cols["指标名称"]]
            target = number(row[cols["年度目标"]])
            if title is None or (isinstance(title, float) and pd.isna(title)) or target is None:
                continue
            done = [number(row[cols[q]]) for q in QUARTERS[:quarters_done] if q in cols]
            known = [v for v in done if v is not None]
            # A percentage is a level: its latest value against the whole target; counts add up.
            level = "单位" in cols and str(row[cols["单位"]]).strip() == "%"
            actual = (known[-1] if level else sum(known)) if known else None
            expected = target if level else target * quarters_done / 4
            lower = "方向" in cols and str(row[cols["方向"]]).strip() == "越低越好"
            s = status(target, actual, expected, quarters_done, lower)
            counts[s] = counts.get(s, 0) + 1
            sheet.append(
                [
                    name,
                    row[cols["序号"]] if "序号" in cols else None,
                    title,
                    row[cols["单位"]] if "单位" in cols else None,
                    target,
                    actual,
                    expected,
                    actual / target if actual is not None and target else None,
                    actual / expected if actual is not None and expected else None,
                    s,
                ]
            )
    out.save(target_file)
    print(json.dumps({"total": sum(counts.values()), "byStatus": counts}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
