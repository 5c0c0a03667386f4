# C types for events_text.py's walk over a sentence's characters, read by Cython when the package is compiled (see
# setup.py); the .py file stays plain Python, its other functions typed by their annotations.
cimport cython

@cython.locals(found=list, at=Py_ssize_t, after=Py_ssize_t, mark=Py_UCS4)
cpdef list punctuation_marks(str text, Py_ssize_t start, Py_ssize_t end)

@cython.locals(i=Py_ssize_t, mark=Py_UCS4)
cpdef Py_ssize_t _after_last_break(str window) except -1
