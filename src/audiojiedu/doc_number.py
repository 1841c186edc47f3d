"""How a document number is printed (某政发〔2023〕7号): one pattern for every reader that finds one."""

from __future__ import annotations

# The year in brackets and the serial with 号: 〔2023〕7号, the year also in 【】 [] ［］ （）, spaces
# inside, and a 第 before the serial (沪（浦）征地告〔2022〕第14号), maybe 字第 (某征〔2025〕字第3号), and
# a batch's part after a dash (某土告字[2025]75-1号, 某征〔2025〕字第3-3号).
YEAR_AND_SERIAL = r"[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]\s*字?第?\s*\d{1,5}(?:[-－]\d{1,4})?\s*号"
