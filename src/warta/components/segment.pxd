# C types for segment.py's loops over the paragraphs, pieces and characters of a text, read by Cython when the
# package is compiled (see setup.py); the .py file stays plain Python. The functions here call each other in C.
cimport cython

cpdef list _quote_regions(str par)

@cython.locals(rest=Py_ssize_t, nxt=Py_UCS4, before_end=Py_ssize_t, word=str, token=str, before=str)
cpdef bint _is_boundary(str par, Py_ssize_t end, Py_ssize_t match_start)

@cython.locals(spans=list, offset=Py_ssize_t, par=str, regions=list, opens=list, start=Py_ssize_t,
               mark=Py_ssize_t, end=Py_ssize_t, i=Py_ssize_t)
cpdef list split_sentences(str text)

@cython.locals(piece=str, lead=Py_ssize_t)
cpdef tuple _trim(str par, Py_ssize_t offset, Py_ssize_t start, Py_ssize_t end)

@cython.locals(char=Py_UCS4)
cdef bint _letters(str word) except -1

@cython.locals(spans=list, start=Py_ssize_t, end=Py_ssize_t, piece=str, starters=str, abbr=frozenset)
cpdef list _pattern_tokens(str text)

@cython.locals(spans=list, at=Py_ssize_t, token_end=Py_ssize_t, char=Py_UCS4, length=Py_ssize_t)
cpdef list _piece_tokens(str text, Py_ssize_t start, Py_ssize_t end, object pattern, str starters)

@cython.locals(word=str, number=str, digits=Py_ssize_t, mark=str)
cpdef Py_ssize_t _cut(str rest, bint after_space) except -1

@cython.locals(spans=list, abbr=frozenset, splits=list, i=Py_ssize_t, n=Py_ssize_t, start=Py_ssize_t, word=str)
cpdef list tokenize(str text, list sentences)
