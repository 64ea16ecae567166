#!/usr/bin/env python3
"""Regenerate the locator's word lists in corpus/locator/ from open data.

Python 3, standard library only. Nothing is downloaded; fetch the inputs first:

    npm pack an-array-of-french-words@2.0.0 @zxcvbn-ts/language-fr@4.1.2 i18n-iso-countries@7.14.0
    (unpack each .tgz into its own folder)

    python3 make-locator-words.py --words A/package/index.json \
        --firstnames Z/package/src/firstnames.json --countries C/package/langs/fr.json

Inputs:
  an-array-of-french-words 2.0.0 (MIT; ~336,000 French words, Letterpress list)
  @zxcvbn-ts/language-fr 4.1.2 (MIT; firstnames.json, French first names)
  i18n-iso-countries 7.14.0 (MIT; French names of the ISO 3166-1 countries)
  corpus/communes.tsv and corpus/committees.json (place names)

Outputs (folded: lower case, no accents, hyphens and apostrophes as spaces):
  common-words.txt  French words that are also a word of a commune, department or region
                    name. The rule lives in the code: a name made only of such words (or of
                    three letters or fewer) is ambiguous and needs a place-like context.
  first-names.txt   first names that are also a commune name (never taken as a place
                    without a place-like context).
  countries.txt     every country name in French but France and its overseas territories
                    (a message placed abroad gets no committee).
"""
import argparse, csv, json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
# ISO 3166-1 codes of France and of its overseas departments and collectivities: not abroad.
FRENCH_TERRITORIES = {"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC", "TF"}


def fold(text):
    s = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", s))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", required=True)
    ap.add_argument("--firstnames", required=True)
    ap.add_argument("--countries", required=True)
    ap.add_argument("--out", default=os.path.join(CORPUS, "locator"))
    args = ap.parse_args()

    names = set()
    with open(os.path.join(CORPUS, "communes.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names.add(fold(row["name"]))
    with open(os.path.join(CORPUS, "committees.json"), encoding="utf-8") as f:
        for c in json.load(f):
            names.add(fold(c["department"]))
            if c.get("region"):
                names.add(fold(c["region"]))
    name_words = {w for n in names for w in n.split()}

    with open(args.words, encoding="utf-8") as f:
        words = {fold(w) for w in json.load(f)}
    common = sorted(w for w in words if w in name_words and " " not in w)

    with open(args.firstnames, encoding="utf-8") as f:
        first = sorted({fold(w) for w in json.load(f)} & names)

    with open(args.countries, encoding="utf-8") as f:
        countries = set()
        for code, v in json.load(f)["countries"].items():
            if code in FRENCH_TERRITORIES:
                continue
            for n in (v if isinstance(v, list) else [v]):
                countries.add(fold(n))

    os.makedirs(args.out, exist_ok=True)
    for name, items in (("common-words.txt", common), ("first-names.txt", first), ("countries.txt", sorted(countries))):
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            f.write("\n".join(items) + "\n")
        print(name, len(items))


if __name__ == "__main__":
    main()
