// Host stand-in for the subset of AMD's adf.h used by the generated kernels.
// Test-only (tests/test_firmware.py): lets g++ compile and run src/kernels/*.cc on the host.
// It is written from the documented interfaces (UG1603, AIE API reference), not AMD code.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>

using int8 = std::int8_t;
using int16 = std::int16_t;
using int32 = std::int32_t;
struct acc32 {};

#define chess_prepare_for_pipelining
#define chess_loop_range(...)

namespace adf {
template <typename T>
struct input_buffer {
    T *ptr;
    T *data() { return ptr; }
};
template <typename T>
struct output_buffer {
    T *ptr;
    T *data() { return ptr; }
};
}  // namespace adf

// One cascade link is a FIFO of 32-bit accumulator lanes.
template <typename T>
struct input_cascade {
    std::deque<std::int32_t> *fifo;
};
template <typename T>
struct output_cascade {
    std::deque<std::int32_t> *fifo;
};
