GENRE = ("pandas DataFrame printed in a Jupyter cell (30-day readmission cohort: MRN, `Last, First` names in "
         "several scripts and cases, birth dates, ages including 94 and 91, ZIP codes one of which lost its "
         "leading zero, phones, ICD-10 codes) with `df.dtypes` output; pasted with a question about a groupby bug")
NOTES = ("Cell values are spans without padding; the pandas row index, `los_days`, `readmit_30d` and dtype "
         "lines are unlabelled or negatives. The `age` column's 94 and 91 are gold ages (number only); 67 and "
         "82 are unlabelled. The ZIP `2134` printed as an integer (leading zero lost) is ambiguous, the proper "
         "`02134` in the question is gold. `memory usage` and `int64` counts are negatives.")
def make(g):
    m = [g.digits(8) for _ in range(4)]
    t = """why does df.groupby('zip').size() give me a zip of 2134?? here's the frame:

In [14]: df.head()
Out[14]:
        mrn                 patient         dob  age    zip         phone   dx_primary  los_days  readmit_30d
0  ⟦mrn|«m0»⟧      ⟦name|OKAFOR, Chidinma⟧  ⟦date|1958-04-11⟧   67  ⟦zip|60614⟧  ⟦phone|312-555-0162⟧      ⟦icd|I50.23⟧         6         True
1  ⟦mrn|«m1»⟧  ⟦name|Szymańska, Bożena⟧  ⟦date|1930-12-02⟧   ⟦age|94⟧  ⟦zip|60630⟧  ⟦phone|773-555-0108⟧      ⟦icd|J44.1⟧         4        False
2  ⟦mrn|«m2»⟧       ⟦name|Nguyễn Thị Lan⟧  ⟦date|1943-07-30⟧   82   ⟦?ZIP with leading zero lost, not a valid ZIP|2134⟧  ⟦phone|617-555-0135⟧      ⟦icd|N17.9⟧         9         True
3  ⟦mrn|«m3»⟧   ⟦name|de la Cruz, Ramón⟧  ⟦date|1933-10-19⟧   ⟦age|91⟧  ⟦zip|60647⟧  ⟦phone|872-555-0191⟧    ⟦icd|A41.9⟧        11         True

In [15]: df.dtypes
Out[15]:
mrn             object
patient         object
dob     datetime64[ns]
age              int64
zip              int64
phone           object
dx_primary      object
los_days         int64
readmit_30d       bool
dtype: object

In [16]: df.memory_usage().sum()
Out[16]: ⟦!memory size in bytes|1184⟧

I read it with pd.read_csv('readmits_q1.csv') and didn't set dtype. Row 2 (⟦name|Nguyễn Thị Lan⟧) should be ⟦zip|02134⟧ (Allston). Also Ms. ⟦name|Szymańska⟧ is a duplicate of MRN ⟦mrn|«m1»⟧ from the February pull. How do I read zip as string and keep the zeros, and will converting fix the ⟦!count of rows, not an identifier|41⟧ rows that went to the wrong bucket?
"""
    return t, {"m%d" % i: v for i, v in enumerate(m)}
