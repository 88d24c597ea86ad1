// Host stand-in (test-only): cascade reads / writes of accumulators, see aie.hpp.
#pragma once
#include "aie.hpp"
