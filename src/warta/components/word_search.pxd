# C types for word_search.py's scans, read by Cython when the package is compiled (see setup.py); the .py file
# stays plain Python. The functions here call each other in C.
cimport cython

@cython.locals(at=Py_ssize_t, n=Py_ssize_t, end=Py_ssize_t)
cpdef bint written_alone(str text, str word) except -1

cpdef list whole_words(str text, list forms)

@cython.locals(before=Py_UCS4, after=Py_UCS4)
cdef bint _alone(str text, Py_ssize_t a, Py_ssize_t b) except -1

@cython.locals(longest=dict, form=str, a=Py_ssize_t, b=Py_ssize_t)
cpdef dict _longest(str text, list forms)
