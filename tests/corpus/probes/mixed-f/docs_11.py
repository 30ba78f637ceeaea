# doc11: Jupyter notebook (.ipynb JSON) pasted into a prompt


def make(g):
    rows = [
        ("Kowalczyk, Zofia", "1929-08-03", "M00412993", "02139", "617-555-0121", "00:00:5E:00:53:1A"),
        ("Oyelowo-Grant, Babatunde", "1951-12-30", "M00587310", "02446", "(617) 555-0175", "00:00:5E:00:53:4C"),
        ("Lam, Siu-Ming Kelvin", "1940-04-17", "m-0065-2281", "02155", "781.555.0196", "00:00:5E:00:53:A7"),
        ("Al-Shammari, Noor H.", "1977-09-09", "M00731046", "01905", "978-555-0107", "00:00:5E:00:53:0E"),
    ]
    cols = ["name", "dob", "mrn", "zip", "phone", "device_mac"]
    labels = ["name", "date", "mrn", "zip", "phone", "mac"]
    w = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
    lines = ["   " + "  ".join(c.rjust(w[i]) for i, c in enumerate(cols))]
    for n, r in enumerate(rows):
        cells = [" " * (w[i] - len(v)) + "\u27e6" + labels[i] + "|" + v + "\u27e7" for i, v in enumerate(r)]
        lines.append(str(n) + "  " + "  ".join(cells))
    table = ",\n".join('       "' + l + ('\\n"' if k < len(lines) - 1 else '"') for k, l in enumerate(lines))
    values = {
        "ghp": g.ghp(),
        "ant": g.anthropic(),
        "akid": g.aws_id(),
        "aksec": g.aws_secret(),
    }
    t = r"""getting a KeyError when I normalise MRNs in our readmission notebook, trimmed .ipynb below. why is mrn_norm missing?

{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "!pip install -q git+https://⟦gh|«ghp»⟧@github.com/northshore-ds/phi-utils.git@v0.4.2\n",
    "import sys; sys.path.append(\"/home/⟦?user name in a home-directory path (handle rule)|tmarangoni⟧/readmit\")\n",
    "import boto3, anthropic, psycopg\n",
    "import pandas as pd\n",
    "client = anthropic.Anthropic(api_key=\"⟦anthropic|«ant»⟧\")\n",
    "s3 = boto3.client(\"s3\", aws_access_key_id=\"⟦aws|«akid»⟧\",\n",
    "                  aws_secret_access_key=\"⟦?AWS secret access key|«aksec»⟧\")\n",
    "conn = psycopg.connect(host=\"⟦?internal RFC 1918 database host|10.40.2.17⟧\", dbname=\"ehr_extract\", user=\"⟦!service account name|ds_ro⟧\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
«TABLE»
      ]
     },
     "execution_count": 4,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "df = pd.read_sql(\"SELECT name, dob, mrn, zip, phone, device_mac FROM readmit_cohort LIMIT 4\", conn)\n",
    "df"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [
    {
     "ename": "KeyError",
     "evalue": "'mrn_norm'",
     "output_type": "error",
     "traceback": [
      "\u001b[0;31mKeyError\u001b[0m                                  Traceback (most recent call last)",
      "Cell \u001b[0;32mIn[5], line 3\u001b[0m\n\u001b[1;32m      1\u001b[0m df[\"mrn\"] = df[\"mrn\"].str.upper().str.replace(\"-\", \"\")\n\u001b[0;32m----> 3\u001b[0m df.loc[df[\"mrn_norm\"].str.len() != 9]",
      "File \u001b[0;32m⟦!library install path|/opt/conda/lib/python3.11/site-packages/pandas/core/frame.py⟧:4102\u001b[0m, in \u001b[0;36mDataFrame.__getitem__\u001b[0;34m(self, key)\u001b[0m",
      "File \u001b[0;32m⟦!library install path|/opt/conda/lib/python3.11/site-packages/pandas/core/indexes/base.py⟧:⟦!source line number|3812⟧\u001b[0m, in \u001b[0;36mIndex.get_loc\u001b[0;34m(self, key)\u001b[0m",
      "\u001b[0;31mKeyError\u001b[0m: 'mrn_norm'"
     ]
    }
   ],
   "source": [
    "df[\"mrn\"] = df[\"mrn\"].str.upper().str.replace(\"-\", \"\")\n",
    "# TODO ask ⟦name|Ifeoma⟧ whether ⟦name|Kelvin Lam⟧'s old-format MRN should be ⟦mrn|M00652281⟧\n",
    "df.loc[df[\"mrn_norm\"].str.len() != 9]"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
              "language_info": {"name": "python", "version": "⟦!Python version|3.11.9⟧"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""
    return t.replace("«TABLE»", table), values
