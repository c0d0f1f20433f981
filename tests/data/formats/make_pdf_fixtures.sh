#!/bin/sh
# Regenerates the PDF fixtures from their LaTeX sources in src/ (named .tex.src, so a scan of this folder does not
# read them as LaTeX commentaries; needs pdflatex with the lm fonts; CI does not
# run this: the PDFs are committed). Fonts are not embedded, which keeps each PDF under 20 kB; the
# text layer (encodings, widths, positions) is the same as with embedded fonts. A fixed date and no
# trailer ID make the output the same from run to run.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The Latin Modern map entries without their font files: pdfTeX then references the fonts by name.
grep -E '^(ec|ts1)-lm' "$(kpsewhich pdftex.map)" | sed -E 's/ <[^ ]+\.pfb$//' > "$tmp/lm-noembed.map"
for tex in pdf_footnotes_energy pdf_footnotes_alliance pdf_endnotes_privacy; do
    cp "src/$tex.tex.src" "$tmp/$tex.tex"
    for pass in 1 2; do
        TEXINPUTS=".:" SOURCE_DATE_EPOCH=1700000000 FORCE_SOURCE_DATE=1 pdflatex -interaction=batchmode \
            -output-directory "$tmp" "\\pdfmapfile{=$tmp/lm-noembed.map}\\pdftrailerid{}\\input{$tmp/$tex.tex}" >/dev/null
    done
    cp "$tmp/$tex.pdf" .
done
