#!/bin/sh
# Regenerates the golden files of GfmDifferentialTest: for every edge/*.md and project/*.md here, the HTML that
# cmark-gfm, the parser GitHub renders Markdown with, makes of it. CI machines have no cmark-gfm, so the output is
# committed; run this after adding or changing an .md file here, and commit the result.
#
#   apt-get install cmark-gfm         the files here were made with cmark-gfm 0.29.0.gfm.6 (Debian 12)
#   ./regenerate.sh                   regenerate every .html and inputs.sha256
#   ./regenerate.sh --copy            first replace project/ with fresh copies of the project's Markdown
#
# Each file is converted with exactly:
#
#   cmark-gfm --sourcepos --extension table --extension tasklist --extension autolink \
#       --extension strikethrough --extension footnotes --extension tagfilter FILE.md > FILE.html
#
# table, tasklist, autolink and strikethrough are the GFM extensions; footnotes and tagfilter are on for GitHub
# too (footnotes change the block structure, tagfilter only the output of raw HTML). --sourcepos writes each
# block's start line, which the test compares. Raw HTML stays omitted (no --unsafe): the test only needs to know
# where an HTML block is, and the output stays well-formed.
#
# The copies in project/ are named after their path, '/' replaced by '__'. The project's own requirement ID
# prefixes are renamed (SPEC-CORE-n becomes COPY-CORE-n, same length) because the trace scans test resources
# for citations: copies of the specs and of COMPLIANCE.md must not count as tests citing every requirement.
set -eu
cd "$(dirname "$0")"

if [ "${1:-}" = "--copy" ]; then
    root=$(git rev-parse --show-toplevel)
    rm -f project/*.md project/*.html
    mkdir -p project
    git -C "$root" ls-files -- ':(glob)**/SPEC.md' ':(glob)**/COMPLIANCE.md' ':(glob)src/site/markdown/*.md' \
            ':(glob)examples/**/*.md' README.md ':(exclude)spec-core/src/test/resources/gfm/**' |
        while read -r path; do
            sed -E 's/SPEC-(CORE|PLUGIN)-/COPY-\1-/g' "$root/$path" > "project/$(printf '%s' "$path" | sed 's|/|__|g')"
        done
fi

if grep -l -E 'SPEC-(CORE|PLUGIN)-[0-9]' edge/*.md project/*.md; then
    echo "the files above cite the project's own requirements; rename the IDs" >&2
    exit 1
fi

for md in edge/*.md project/*.md; do
    cmark-gfm --sourcepos --extension table --extension tasklist --extension autolink \
        --extension strikethrough --extension footnotes --extension tagfilter "$md" > "${md%.md}.html"
done
sha256sum edge/*.md project/*.md > inputs.sha256
