"""Industry words inside a construction project's name whose head is the park it builds (words in
``data/industry_project_names.toml``).

完成高湖智能装备制造|创业园工程1.5亿元投资, 推进某某新材料|产业园建设项目: the park word (创业园, 产业园) closed by
a project word (工程, 项目) makes the whole one project's name, and the industry words in it no trade the measure
develops; a park named for its trade and no project (建设稀土永磁电机产业园) keeps its trade. Positions are on
``match`` (Simplified, ASCII punctuation).
"""

from __future__ import annotations

import re
from functools import lru_cache

from policykg.loaders.extract.wordfiles import word_alternation

__all__ = ["in_park_project_name"]

# the words of the name between the industry word and the park word (智能装备|制造|创业园): a few characters at most
_GAP_MAX = 4


@lru_cache(maxsize=1)
def _project_rx() -> re.Pattern[str]:
    alt = word_alternation("industry_project_names.toml", "park project words")
    return re.compile(
        rf"[\u4e00-\u9fff]{{0,{_GAP_MAX}}}?(?:{alt('parks')})(?:{alt('links')})?(?:{alt('projects')})"
    )


def in_park_project_name(match: str, b: int) -> bool:
    """The industry name ending at ``b`` goes on into a project named for the park it builds (…制造创业园工程)."""
    return _project_rx().match(match, b) is not None
