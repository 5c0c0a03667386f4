# C types for ner_crf.py's Viterbi loop, read by Cython when the package is compiled (see setup.py); the .py
# file stays plain Python.
cimport cython

@cython.locals(n=Py_ssize_t, t=Py_ssize_t, r=Py_ssize_t, w=Py_ssize_t, i=Py_ssize_t, y=Py_ssize_t, x=Py_ssize_t,
               arg=Py_ssize_t, last=Py_ssize_t, back=Py_ssize_t, v0=Py_ssize_t, v1=Py_ssize_t, v2=Py_ssize_t,
               v3=Py_ssize_t, v4=Py_ssize_t, v5=Py_ssize_t, v6=Py_ssize_t, v7=Py_ssize_t, v8=Py_ssize_t,
               emission=double, best=double, value=double)
cpdef list viterbi(const double[::1] vectors, const int[::1] table, list windows, list extra, Py_ssize_t n_labels,
                   double[::1] work, list labels)

cpdef object _view(double[::1] data)
