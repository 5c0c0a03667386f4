"""Pipeline components, one stage per module: a pure core function plus a thin component that writes results."""
