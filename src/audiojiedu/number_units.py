"""The characters that, right after a number, make it an amount, a date or a count (3.5万元, 2个,
5月, 12小时), not a section's number before its title. One place for both readers: the outline
tells a decimal heading from an amount with it, the ingest a contents' entry number from a
figure inside an entry's name."""

from __future__ import annotations

import re

NUMBER_UNITS = "万亿千百元个年月日号时分秒倍项件次人户家台辆套吨亩米克升度届期批类种名岁"

# A figure a sentence reports (12.5%, 1200万元, 30个, 125.9万公顷). A heading states a topic: the
# outline reads a numbered line that states one as text (（三）差旅费较上年预算增长12.5%。); the
# ingest tells a section's text from a title lost under a marker alone (二、 ‖ …增长1.5%。) by it.
FIGURE = re.compile(r"(?<![\d.．])\d+(?:[.．]\d+)?\s*(?:%|％|‰|万元|亿元|元|万|亿|个|人|项|家|户|辆|台|套|吨|公顷|亩|公里)")
# A month and a day (8月30日, 12月1号). Right after an item's number and dot (1.8月30日全县放假) it
# is the item's date, never a decimal's digits: no figure is 1.8 months on the 30th. The outline
# takes the number for a marker by it, normalization reads it 一、八月三十日.
MONTH_DAY = r"(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])[日号]"
