"""Design-space exploration and the plots that go with it."""
