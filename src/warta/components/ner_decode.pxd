# C types for ner_decode.py's loop over a sentence's positions, read by Cython when the package is compiled (see
# setup.py); the .py file stays plain Python.
cimport cython

@cython.locals(n=Py_ssize_t, o=Py_ssize_t, w=Py_ssize_t, a=Py_ssize_t, b=Py_ssize_t, i=Py_ssize_t, j=Py_ssize_t,
               rows=list, row=tuple, last=tuple, pairs=dict, tags=list, word=str, scored=dict, kb_vectors=dict,
               key=tuple, after=list, before=list, kb=list, spans=list)
cpdef list decoded(list words, list windows, object kb_tags)
