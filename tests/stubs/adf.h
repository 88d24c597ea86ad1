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
struct accfloat {};

// bfloat16 as its 16-bit pattern (the AIE API's bfloat16 is a 16-bit type; the kernels only
// move it, hand it to mmul, compare it and convert to it from accfloat).
struct bfloat16 {
    std::uint16_t bits;
};

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
// input_async_buffer (UG1603 "Asynchronous Buffer Port Access"): the kernel acquires and
// releases each chunk itself; here a sequence of chunks the host laid out back to back.
template <typename T>
struct input_async_buffer {
    T *ptr;
    unsigned chunk_elems = 0;
    unsigned next = 0;
    T *current = nullptr;
    void acquire() { current = ptr + static_cast<std::size_t>(next) * chunk_elems; ++next; }
    void release() { current = nullptr; }
    T *data() { return current; }
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
