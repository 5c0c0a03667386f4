# C types for ner_model.py's loops over a sentence's or an article's words, read by Cython when the package is
# compiled (see setup.py); the .py file stays plain Python.
cimport cython

@cython.locals(n=Py_ssize_t, i=Py_ssize_t, a=Py_ssize_t, b=Py_ssize_t, w=str, windows=list)
cpdef list candidate_windows(list words, Py_ssize_t margin=*, list lows=*)

@cython.locals(start=Py_ssize_t, last=Py_ssize_t, i=Py_ssize_t, label=str, kind=str, spans=list)
cpdef list bio_spans(list labels)

@cython.locals(k=Py_ssize_t, a=Py_ssize_t, b=Py_ssize_t, labels=list, windows=list, tagged=list)
cpdef list tag_words(list words, list kb_tags=*, list lows=*)

@cython.locals(i=Py_ssize_t, n=Py_ssize_t, end=Py_ssize_t, tags=list, starts=list, kind=str, first=bint)
cpdef list kb_tags(list tokens, object matches, object kb)
