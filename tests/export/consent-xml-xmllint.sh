#!/bin/sh
# consent-xml-xmllint.sh WRITER XSD: writes the hostile sample plan's consent
# record through hp_export_consent_xml and validates the file with xmllint.
set -eu

writer=$1
xsd=$2

if ! command -v xmllint >/dev/null 2>&1; then
  echo "xmllint is missing: install libxml2-utils" >&2
  exit 1
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"$writer" --write "$dir/samtycke.xml"

mode=$(stat -c %a "$dir/samtycke.xml")
if [ "$mode" != 600 ]; then
  echo "samtycke.xml has mode $mode, not 600" >&2
  exit 1
fi

xmllint --noout --nonet --schema "$xsd" "$dir/samtycke.xml"

# The validator must also refuse: the same file with an unknown party.
sed 's|<party>client</party>|<party>neighbour</party>|' "$dir/samtycke.xml" > "$dir/bad.xml"
if xmllint --noout --nonet --schema "$xsd" "$dir/bad.xml" 2>/dev/null; then
  echo "xmllint accepted a record with an unknown party" >&2
  exit 1
fi
