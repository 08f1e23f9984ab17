#!/usr/bin/env bash
# Remakes the test inputs in tests/derived/ that need system tools, so that `npm test` itself
# needs none (run this by hand after changing a fixture; the outputs are committed).
# Needs ghostscript (Debian: ghostscript).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seed=tests/fixtures/text/p1_2020q2_rijk-van-nijmegen_seed.pdf
# Every glyph drawn as a path: a page with no text layer and no scan image.
gs -q -dNOPAUSE -dBATCH -dSAFER -dNoOutputFonts -sDEVICE=pdfwrite \
  -sOutputFile=tests/derived/outlined_p1_2020q2_rijk-van-nijmegen_seed.pdf "$seed"
