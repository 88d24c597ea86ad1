"""Run a Design: the bit-exact functional runner and the simpy timing model."""
