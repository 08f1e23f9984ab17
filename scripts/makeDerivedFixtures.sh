#!/usr/bin/env bash
# Remakes the test inputs in tests/derived/ that need system tools, so that `npm test` itself
# needs none (run this by hand after changing a fixture; the outputs are committed).
# Needs ghostscript and qpdf (Debian: ghostscript, qpdf).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seed=tests/fixtures/text/p1_2020q2_rijk-van-nijmegen_seed.pdf
# Every glyph drawn as a path: a page with no text layer and no scan image.
gs -q -dNOPAUSE -dBATCH -dSAFER -dNoOutputFonts -sDEVICE=pdfwrite \
  -sOutputFile=tests/derived/outlined_p1_2020q2_rijk-van-nijmegen_seed.pdf "$seed"
# Uncompressed content streams (qpdf --qdf), so a test can change one printed number in place.
# Needs qpdf (Debian: qpdf); exit code 3 is qpdf's "succeeded with warnings".
qpdf --qdf --object-streams=disable tests/fixtures/text/p1_2017q4_groningen.pdf \
  tests/derived/qdf_p1_2017q4_groningen.pdf || [[ $? -eq 3 ]]
