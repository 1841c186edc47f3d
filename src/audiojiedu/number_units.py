"""The characters that, right after a number, make it an amount, a date or a count (3.5万元, 2个,
5月, 12小时), not a section's number before its title. One place for both readers: the outline
tells a decimal heading from an amount with it, the ingest a contents' entry number from a
figure inside an entry's name."""

from __future__ import annotations

NUMBER_UNITS = "万亿千百元个年月日号时分秒倍项件次人户家台辆套吨亩米克升度届期批类种名岁"
