"""Generate a synthetic corpus of policy documents shaped like the samples (for benchmarks only).

Each document has a notice header (addressees, issuer, date, document number), a plan title, numbered sections
一、/(一), measures "1." with quantitative targets, industries and industry-system references, and responsibility
in the forms real documents use: inline (责任单位:…), a following 责任单位: line with a stated lead rule, and a
section-level 责任部门: line. Some documents are in Traditional script and some use full-width punctuation.

    python bench/synth.py --n 1000 --out bench/corpus/1000
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

CITIES = [
    ("青岛市", "青", "青岛市人力资源和社会保障局", "青人社字"),
    ("烟台市", "烟", "烟台市人力资源和社会保障局", "烟人社字"),
    ("济南市", "济", "济南市人力资源和社会保障局", "济人社字"),
    ("潍坊市", "潍", "潍坊市人力资源和社会保障局", "潍人社字"),
    ("威海市", "威", "威海市人力资源和社会保障局", "威人社字"),
]
DIVISIONS = [
    "就业促进处",
    "人才开发处",
    "职业能力建设处",
    "专业技术人员管理处",
    "劳动关系处",
    "工资福利处",
    "事业单位人事管理处",
]
CENTRES = ["公共就业和人才服务中心", "人力资源发展研究与促进中心", "社会保险事业中心", "劳动人事争议仲裁院"]
PARTNERS = [
    "发展和改革委员会",
    "工业和信息化局",
    "教育局",
    "财政局",
    "科学技术局",
    "农业农村局",
    "商务局",
    "总工会",
]
INDUSTRIES = [
    "新一代信息技术",
    "人工智能",
    "智能家电",
    "高端化工与新材料",
    "智能网联新能源汽车",
    "低空经济",
    "生命健康",
    "绿色能源",
    "智能装备",
    "集成电路",
    "新型显示",
    "船舶海工",
    "现代物流",
    "软件和信息服务",
    "生物医药",
    "虚拟现实",
]
SYSTEMS = ['"10+1"重点产业', '"5+5+7"重点产业', '"9+N"产业', "13条产业链"]
VERBS = ["实施", "推进", "强化", "完善", "搭建", "开展", "深化", "优化"]
THINGS = [
    "就业服务保障计划",
    "重点项目引才计划",
    "技能人才培育行动",
    "继续教育工程",
    "人才评价改革",
    "实习见习平台",
    "职称制度改革",
    "产才融合项目",
]
INDICATORS = [
    ("新增高技能人才", "人"),
    ("开展职业技能培训", "人次"),
    ("引进青年人才", "人"),
    ("举办招聘活动", "场次"),
    ("服务企业", "家次"),
    ("创建技师工作室", "家"),
    ("推出培训项目", "个"),
]
COMPARATORS = ["以上", "", "左右", ""]
NUMERALS = "一二三四五六七八九十"


def _figure(rng: random.Random) -> str:
    value = rng.choice([rng.randint(2, 99) * 10, rng.randint(1, 30)])
    if rng.random() < 0.3:
        return f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万"
    if rng.random() < 0.3:
        return f"{rng.randint(1, 20)}万"
    return str(value)


def document(i: int, rng: random.Random) -> str:
    city, abbr, bureau, prefix = rng.choice(CITIES)
    year = rng.randint(2021, 2026)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    topic = rng.choice(THINGS)
    title = f"关于{rng.choice(VERBS)}{topic}助力产业高质量发展的实施方案"
    lines = [
        "各区市人力资源社会保障局,局属各单位:",
        f"现将《{title}》印发给你们,请认真贯彻落实。",
        f"{bureau}",
        f"{year}年{month}月{day}日",
        f"发文字号:{prefix}〔{year}〕{rng.randint(1, 150)}号",
        title,
        f"为贯彻落实《关于加快发展新质生产力的意见》,更好服务{rng.choice(SYSTEMS)}发展,制定如下方案。",
        "一、目标任务",
    ]
    ind, unit = rng.choice(INDICATORS)
    lines.append(f"全年{ind}{_figure(rng)}{unit}以上,{rng.choice(INDICATORS)[0]}{_figure(rng)}{unit}。")
    lines.append("二、主要举措")
    lead_rule_stated = False
    n_sections = rng.randint(2, 5)
    for s in range(n_sections):
        lines.append(f"({NUMERALS[s]}){rng.choice(VERBS)}{rng.choice(THINGS)}")
        form = rng.choice(["inline", "line", "section"])
        for m in range(1, rng.randint(2, 6) + 1):
            inds = "、".join(rng.sample(INDUSTRIES, rng.randint(0, 3)))
            ind, unit = rng.choice(INDICATORS)
            body = (
                f"{m}.{rng.choice(VERBS)}{rng.choice(THINGS)}。围绕{rng.choice(SYSTEMS)}"
                + (f",聚焦{inds}等重点产业" if inds else "")
                + f",{ind}{_figure(rng)}{unit}{rng.choice(COMPARATORS)}。"
            )
            units = rng.sample(DIVISIONS, rng.randint(1, 2)) + [
                f"{city}{c}" for c in rng.sample(CENTRES, rng.randint(0, 1))
            ]
            if form == "inline":
                lines.append(f"{body}(责任单位:{'、'.join(units)})")
            elif form == "line":
                lines.append(body)
                partners = [f"市{p}" for p in rng.sample(PARTNERS, rng.randint(0, 2))]
                rule = "" if lead_rule_stated else "(排第一位的为牵头单位,下同)"
                lead_rule_stated = True
                lines.append(f"责任单位:{'、'.join(units + partners)}{rule}")
            else:
                lines.append(body)
        if form == "section":
            lines.append(f"责任部门:{'、'.join(rng.sample(DIVISIONS, 2))}、{city}{rng.choice(CENTRES)}")
    lines.append("三、保障措施")
    lines.append("(一)加强组织领导。各单位要切实加强领导,确保各项措施落到实处。")
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.2:
        import opencc

        text = opencc.OpenCC("s2t").convert(text)
    if rng.random() < 0.2:
        text = text.translate(str.maketrans({"(": "（", ")": "）", ":": "：", ",": "，", ";": "；"}))
    return text


def generate(n: int, out: Path, *, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = out / f"synth_{i:05d}.txt"
        path.write_text(document(i, rng), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--out", type=Path, default=Path("bench/corpus/100"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.n, args.out, seed=args.seed)
    print(f"wrote {args.n} documents to {args.out}")


if __name__ == "__main__":
    main()
