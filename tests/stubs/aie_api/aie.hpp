// Host stand-in for the subset of the AIE API used by the generated dense kernel (test-only).
// Semantics as documented: row-major mmul microtiles of any of the element types int8 / int16
// (A and B independently) into acc32 lanes that wrap modulo 2^32, SRS to int8 or int16 rounds
// per the rounding mode then saturates (or wraps) at the destination width (aieml-facts.md 3.3;
// UG1529 "Vector and Accumulator Conversions"), load_v / store_v need the vector's alignment
// (checked here, up to 32 bytes: AIE-ML aligns 128-bit accesses to 16 bytes and 256-bit ones
// to 32, UG1529 "Memory").
//
// Element-wise operations (conversion ops of kernels/conversion.h), each as the AIE API
// reference (UG1529, https://xilinx.github.io/aie_api/) documents it:
//   aie::min / aie::max (v, a) and (v1, v2)            group "Comparison"
//   aie::lt / aie::gt / aie::neq (v, a) and (v1, v2)   group "Comparison": return an aie::mask
//   aie::mask operator| / operator& / operator~         class aie::mask
//   aie::select(v1, v2, m): out[i] = m[i] == 0 ? v1[i] : v2[i]; select(v, a, m): m[i] == 0 ? v[i] : a
//                                                       group "Reshaping"
//   aie::bit_and(a, v), aie::bit_and(v1, v2), aie::bit_not(v)   group "Bits"
//   aie::upshift / aie::downshift (v, shift)            group "Bits"; UG1603 "Bitwise Operations":
//        upshift "shifts each component left ... filled by 0", downshift "arithmetically
//        (sign extended) right". See upshift() below for how AIE-ML implements them.
// As in the real API, a scalar operand must have exactly the vector's element type
// (is_valid_elem_op_v), so the stub refuses e.g. an int where the vector holds int8.
#pragma once

#include "../adf.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <type_traits>

namespace aie {

enum class rounding_mode : unsigned {
    floor = 0, ceil = 1, symmetric_floor = 2, symmetric_ceil = 3, negative_inf = 8,
    positive_inf = 9, symmetric_zero = 10, symmetric_inf = 11, conv_even = 12, conv_odd = 13
};
enum class saturation_mode : unsigned { none = 0, saturate = 1, symmetric = 3 };

namespace stub {
inline rounding_mode &rnd() { static rounding_mode r = rounding_mode::floor; return r; }
inline saturation_mode &sat() { static saturation_mode s = saturation_mode::none; return s; }

inline void check_align(const void *p, std::size_t bytes)
{
    std::size_t align = bytes < 32 ? bytes : 32;
    if (reinterpret_cast<std::uintptr_t>(p) % align != 0) {
        std::fprintf(stderr, "misaligned vector access %p (%zu bytes)\n", p, bytes);
        std::abort();
    }
}

inline std::int32_t wrap32(std::int64_t v) { return static_cast<std::int32_t>(static_cast<std::uint32_t>(v)); }

inline std::int64_t srs(std::int64_t x, int shift, int out_bits)
{
    std::int64_t v = x;
    if (shift > 0) {
        const std::int64_t q = x >> shift;
        const std::int64_t r = x - (q << shift);
        const std::int64_t half = std::int64_t(1) << (shift - 1);
        bool up = false;
        switch (rnd()) {
        case rounding_mode::floor: up = false; break;
        case rounding_mode::ceil: up = r > 0; break;
        case rounding_mode::symmetric_floor: up = x < 0 && r > 0; break;
        case rounding_mode::symmetric_ceil: up = x >= 0 && r > 0; break;
        case rounding_mode::positive_inf: up = r >= half; break;
        case rounding_mode::negative_inf: up = r > half; break;
        case rounding_mode::symmetric_inf: up = x >= 0 ? r >= half : r > half; break;
        case rounding_mode::symmetric_zero: up = x >= 0 ? r > half : r >= half; break;
        case rounding_mode::conv_even: up = r > half || (r == half && (q & 1)); break;
        case rounding_mode::conv_odd: up = r > half || (r == half && !(q & 1)); break;
        }
        v = q + (up ? 1 : 0);
    }
    const std::int64_t hi = (std::int64_t(1) << (out_bits - 1)) - 1;
    std::int64_t lo = -hi - 1;
    switch (sat()) {
    case saturation_mode::none: {
        const std::int64_t m = (std::int64_t(1) << out_bits) - 1;
        v &= m;
        if (v > hi) v -= m + 1;
        return v;
    }
    case saturation_mode::symmetric: lo = -hi; break;
    case saturation_mode::saturate: break;
    }
    return v < lo ? lo : (v > hi ? hi : v);
}
}  // namespace stub

inline void set_rounding(rounding_mode m) { stub::rnd() = m; }
inline void set_saturation(saturation_mode m) { stub::sat() = m; }

template <typename T, unsigned N>
struct vector {
    std::array<T, N> v{};
    T &operator[](unsigned i) { return v[i]; }
    const T &operator[](unsigned i) const { return v[i]; }
    static constexpr unsigned size() { return N; }
    template <unsigned M>
    vector &insert(unsigned idx, const vector<T, M> &s)
    {
        for (unsigned i = 0; i < M; ++i)
            v[idx * M + i] = s.v[i];
        return *this;
    }
};

template <unsigned N, typename T>
vector<T, N> load_v(const T *p)
{
    stub::check_align(p, N * sizeof(T));
    vector<T, N> r;
    for (unsigned i = 0; i < N; ++i)
        r.v[i] = p[i];
    return r;
}

template <typename T, unsigned N>
void store_v(T *p, const vector<T, N> &x)
{
    stub::check_align(p, N * sizeof(T));
    for (unsigned i = 0; i < N; ++i)
        p[i] = x.v[i];
}

template <typename T, unsigned N>
vector<T, N> zeros() { return vector<T, N>{}; }

namespace stub {
// The AIE API accepts a scalar operand only of the vector's element type (is_valid_elem_op_v).
template <typename E, typename T>
using elem_of = std::enable_if_t<std::is_arithmetic<E>::value, T>;

template <typename E, typename T>
constexpr void check_elem()
{
    static_assert(std::is_same<E, T>::value,
                  "AIE API: the scalar operand must have the vector's element type (is_valid_elem_op_v)");
}

template <typename T, unsigned N, typename F>
vector<T, N> map2(const vector<T, N> &a, const vector<T, N> &b, F f)
{
    vector<T, N> r;
    for (unsigned i = 0; i < N; ++i)
        r.v[i] = f(a.v[i], b.v[i]);
    return r;
}

template <typename T, unsigned N>
vector<T, N> splat(T a)
{
    vector<T, N> r;
    r.v.fill(a);
    return r;
}
}  // namespace stub

template <typename T, unsigned N>
vector<T, N> max(const vector<T, N> &a, const vector<T, N> &b)
{
    return stub::map2(a, b, [](T x, T y) { return x > y ? x : y; });
}

template <typename T, unsigned N, typename E>
stub::elem_of<E, vector<T, N>> max(const vector<T, N> &a, E b)
{
    stub::check_elem<E, T>();
    return max(a, stub::splat<T, N>(b));
}

template <typename T, unsigned N>
vector<T, N> min(const vector<T, N> &a, const vector<T, N> &b)
{
    return stub::map2(a, b, [](T x, T y) { return x < y ? x : y; });
}

template <typename T, unsigned N, typename E>
stub::elem_of<E, vector<T, N>> min(const vector<T, N> &a, E b)
{
    stub::check_elem<E, T>();
    return min(a, stub::splat<T, N>(b));
}

// aie::mask<N>: one bit per element.
template <unsigned N>
struct mask {
    std::array<bool, N> b{};
    static constexpr unsigned size() { return N; }
    bool test(unsigned i) const { return b[i]; }
    mask operator|(const mask &o) const
    {
        mask r;
        for (unsigned i = 0; i < N; ++i)
            r.b[i] = b[i] || o.b[i];
        return r;
    }
    mask operator&(const mask &o) const
    {
        mask r;
        for (unsigned i = 0; i < N; ++i)
            r.b[i] = b[i] && o.b[i];
        return r;
    }
    mask operator~() const
    {
        mask r;
        for (unsigned i = 0; i < N; ++i)
            r.b[i] = !b[i];
        return r;
    }
};

namespace stub {
template <typename T, unsigned N, typename F>
mask<N> compare(const vector<T, N> &a, const vector<T, N> &b, F f)
{
    mask<N> m;
    for (unsigned i = 0; i < N; ++i)
        m.b[i] = f(a.v[i], b.v[i]);
    return m;
}
}  // namespace stub

#define AIESIM_STUB_COMPARE(name, expr)                                                  \
    template <typename T, unsigned N>                                                     \
    mask<N> name(const vector<T, N> &a, const vector<T, N> &b)                            \
    {                                                                                     \
        return stub::compare(a, b, [](T x, T y) { return expr; });                         \
    }                                                                                     \
    template <typename T, unsigned N, typename E>                                         \
    stub::elem_of<E, mask<N>> name(const vector<T, N> &a, E b)                            \
    {                                                                                     \
        stub::check_elem<E, T>();                                                         \
        return name(a, stub::splat<T, N>(b));                                             \
    }
AIESIM_STUB_COMPARE(lt, x < y)
AIESIM_STUB_COMPARE(gt, x > y)
AIESIM_STUB_COMPARE(neq, x != y)
#undef AIESIM_STUB_COMPARE

// out[i] = m[i] == 0 ? v1[i] : v2[i]
template <typename T, unsigned N>
vector<T, N> select(const vector<T, N> &v1, const vector<T, N> &v2, const mask<N> &m)
{
    vector<T, N> r;
    for (unsigned i = 0; i < N; ++i)
        r.v[i] = m.b[i] ? v2.v[i] : v1.v[i];
    return r;
}

// out[i] = m[i] == 0 ? v[i] : a
template <typename T, unsigned N, typename E>
stub::elem_of<E, vector<T, N>> select(const vector<T, N> &v, E a, const mask<N> &m)
{
    stub::check_elem<E, T>();
    return select(v, stub::splat<T, N>(a), m);
}

template <typename T, unsigned N>
vector<T, N> bit_and(const vector<T, N> &a, const vector<T, N> &b)
{
    return stub::map2(a, b, [](T x, T y) { return static_cast<T>(x & y); });
}

template <typename E, typename T, unsigned N>
stub::elem_of<E, vector<T, N>> bit_and(E a, const vector<T, N> &v)
{
    stub::check_elem<E, T>();
    return bit_and(stub::splat<T, N>(a), v);
}

template <typename T, unsigned N>
vector<T, N> bit_not(const vector<T, N> &v)
{
    vector<T, N> r;
    for (unsigned i = 0; i < N; ++i)
        r.v[i] = static_cast<T>(~v.v[i]);
    return r;
}

template <typename T, unsigned N, typename... Rest>
vector<T, N *(1 + sizeof...(Rest))> concat(const vector<T, N> &first, const Rest &...rest)
{
    vector<T, N *(1 + sizeof...(Rest))> r;
    const vector<T, N> *parts[] = {&first, &rest...};
    for (unsigned p = 0; p < 1 + sizeof...(Rest); ++p)
        for (unsigned i = 0; i < N; ++i)
            r.v[p * N + i] = parts[p]->v[i];
    return r;
}

template <typename Tag, unsigned N>
struct accum {
    std::array<std::int32_t, N> v{};
    template <typename T>
    void from_vector(const vector<T, N> &x, int shift = 0)
    {
        for (unsigned i = 0; i < N; ++i)
            v[i] = stub::wrap32(static_cast<std::int64_t>(x.v[i]) * (std::int64_t(1) << shift));
    }
    template <typename T>
    vector<T, N> to_vector(int shift = 0) const
    {
        vector<T, N> r;
        for (unsigned i = 0; i < N; ++i)
            r.v[i] = static_cast<T>(stub::srs(v[i], shift, 8 * sizeof(T)));
        return r;
    }
};

namespace stub {
// How aie::upshift / aie::downshift are modelled. The reference documents them as plain shifts
// (UG1603 "Bitwise Operations"). On AIE-ML the AIE API implements them for 8/16/32-bit elements
// as an accumulator round trip: accum(v, upshift).to_vector<T>(downshift) (Xilinx/aie_api
// include/aie_api/detail/aie2/shift.hpp, shift_bits_impl_common), i.e. an SRS that applies the
// tile's current rounding and saturation modes: an upshift that overflows saturates when
// saturation is on, a downshift rounds per the rounding mode. Both readings agree when the
// saturation is none (upshift) and when the bits shifted out are zero or the rounding is floor
// (downshift). The stub models the AIE-ML implementation by default; with the environment variable
// AIESIM_STUB_SHIFTS=documented it does the plain shifts, so a kernel checked both ways does not
// depend on which reading is right.
inline bool documented_shifts()
{
    static const bool documented = [] {
        const char *e = std::getenv("AIESIM_STUB_SHIFTS");
        return e != nullptr && std::strcmp(e, "documented") == 0;
    }();
    return documented;
}

template <typename T>
void check_shift(unsigned s)
{
    if (s >= 8 * sizeof(T)) {
        std::fprintf(stderr, "stub: a shift of %u of %zu-bit elements is not modelled\n", s, 8 * sizeof(T));
        std::abort();
    }
}

template <typename T>
T wrap_to(std::int64_t x)
{
    const int bits = 8 * sizeof(T);
    const std::int64_t m = (std::int64_t(1) << bits) - 1;
    std::int64_t v = x & m;
    if (std::is_signed<T>::value && v > (m >> 1))
        v -= m + 1;
    return static_cast<T>(v);
}
}  // namespace stub

template <typename T, unsigned N>
vector<T, N> upshift(const vector<T, N> &v, unsigned s)
{
    stub::check_shift<T>(s);
    vector<T, N> r;
    if (stub::documented_shifts()) {
        for (unsigned i = 0; i < N; ++i)
            r.v[i] = stub::wrap_to<T>(static_cast<std::int64_t>(v.v[i]) * (std::int64_t(1) << s));
        return r;
    }
    accum<acc32, N> a;
    a.from_vector(v, static_cast<int>(s));
    return a.template to_vector<T>(0);
}

template <typename T, unsigned N>
vector<T, N> downshift(const vector<T, N> &v, unsigned s)
{
    stub::check_shift<T>(s);
    vector<T, N> r;
    if (stub::documented_shifts()) {
        for (unsigned i = 0; i < N; ++i)
            r.v[i] = static_cast<T>(static_cast<std::int64_t>(v.v[i]) >> s);
        return r;
    }
    accum<acc32, N> a;
    a.from_vector(v, 0);
    return a.template to_vector<T>(static_cast<int>(s));
}

// aie::mmul<M, K, N, TypeA, TypeB, AccumTag>; only the acc32 accumulation is modelled.
template <unsigned M, unsigned K, unsigned N, typename TA, typename TB, typename AccTag = acc32>
struct mmul {
    static_assert(std::is_same<AccTag, acc32>::value, "stub: only acc32 accumulation is modelled");
    static_assert((std::is_same<TA, int8>::value || std::is_same<TA, int16>::value) &&
                      (std::is_same<TB, int8>::value || std::is_same<TB, int16>::value),
                  "stub: mmul of int8 / int16 operands only");
    using accum_type = accum<acc32, M * N>;
    accum_type acc;
    bool zero = true;

    mmul() = default;
    mmul(const accum_type &a) : acc(a), zero(false) {}

    void mac(const vector<TA, M * K> &a, const vector<TB, K * N> &b)
    {
        if (zero)
            acc = accum_type{};
        zero = false;
        for (unsigned i = 0; i < M; ++i)
            for (unsigned j = 0; j < N; ++j) {
                std::int64_t s = acc.v[i * N + j];
                for (unsigned k = 0; k < K; ++k)
                    s += static_cast<std::int64_t>(a.v[i * K + k]) * b.v[k * N + j];
                acc.v[i * N + j] = stub::wrap32(s);
            }
    }
    accum_type to_accum() const { return acc; }
    template <typename T>
    vector<T, M * N> to_vector(int shift = 0) const { return acc.template to_vector<T>(shift); }
};

// --- bfloat16 / accfloat (the bf16 dense kernel, firmware/kernels/dense_bf16.h.j2) ----------
// Semantics as the functional model defines them (aiesim_py/isa/bf16.py, kernels/dense_bf16.py):
// products of bf16 values rounded to fp32 and added to the fp32 lane one at a time in K order;
// accfloat -> bf16 rounds the fp32 magnitude bits shifted by 16 with the current rounding mode
// (conv_even: nearest even), NaN -> 0x7FC0; max of bf16 vectors is IEEE maximum (NaN wins,
// -0 < +0).
namespace stub {
inline float bf16_value(bfloat16 b)
{
    const std::uint32_t u = static_cast<std::uint32_t>(b.bits) << 16;
    float f;
    std::memcpy(&f, &u, 4);
    return f;
}

inline std::uint32_t f32_bits(float f)
{
    std::uint32_t u;
    std::memcpy(&u, &f, 4);
    return u;
}

inline float f32_from_bits(std::uint32_t u)
{
    float f;
    std::memcpy(&f, &u, 4);
    return f;
}

inline bfloat16 to_bf16(float f)
{
    const std::uint32_t u = f32_bits(f);
    const std::uint32_t sign = u >> 31, mag = u & 0x7FFFFFFFu;
    if (mag > 0x7F800000u)
        return bfloat16{0x7FC0};
    const std::int64_t x = sign ? -static_cast<std::int64_t>(mag) : static_cast<std::int64_t>(mag);
    std::int64_t v = srs(x, 16, 32);            // rounding per the current mode; no saturation at 32 bits
    if (v < 0)
        v = -v;
    return bfloat16{static_cast<std::uint16_t>((sign << 15) | static_cast<std::uint32_t>(v))};
}
}  // namespace stub

template <unsigned N>
vector<bfloat16, N> max(const vector<bfloat16, N> &a, const vector<bfloat16, N> &b)
{
    vector<bfloat16, N> r;
    for (unsigned i = 0; i < N; ++i) {
        const float x = stub::bf16_value(a.v[i]), y = stub::bf16_value(b.v[i]);
        if (x != x || y != y)
            r.v[i] = bfloat16{0x7FC0};
        else if (x == y)       // equal values: -0 < +0
            r.v[i] = (a.v[i].bits & 0x8000) ? b.v[i] : a.v[i];
        else
            r.v[i] = x > y ? a.v[i] : b.v[i];
    }
    return r;
}

template <unsigned N>
struct accum<accfloat, N> {
    std::array<float, N> v{};
    void from_vector(const vector<float, N> &x, int shift = 0)
    {
        (void)shift;
        for (unsigned i = 0; i < N; ++i)
            v[i] = x.v[i];
    }
    template <typename T>
    vector<T, N> to_vector(int shift = 0) const
    {
        static_assert(std::is_same<T, bfloat16>::value, "stub: accfloat converts to bfloat16 only");
        (void)shift;
        vector<T, N> r;
        for (unsigned i = 0; i < N; ++i)
            r.v[i] = stub::to_bf16(v[i]);
        return r;
    }
};

template <unsigned M, unsigned K, unsigned N>
struct mmul<M, K, N, bfloat16, bfloat16, accfloat> {
    using accum_type = accum<accfloat, M * N>;
    accum_type acc;

    mmul() = default;
    mmul(const accum_type &a) : acc(a) {}

    void mac(const vector<bfloat16, M * K> &a, const vector<bfloat16, K * N> &b)
    {
        for (unsigned i = 0; i < M; ++i)
            for (unsigned j = 0; j < N; ++j) {
                float s = acc.v[i * N + j];
                for (unsigned k = 0; k < K; ++k) {
                    const float p = stub::bf16_value(a.v[i * K + k]) * stub::bf16_value(b.v[k * N + j]);
                    s = s + p;
                }
                acc.v[i * N + j] = s;
            }
    }
    accum_type to_accum() const { return acc; }
    template <typename T>
    vector<T, M * N> to_vector(int shift = 0) const { return acc.template to_vector<T>(shift); }
};

}  // namespace aie

template <unsigned N>
aie::accum<accfloat, N> readincr_v(input_cascade<accfloat> *c)
{
    aie::accum<accfloat, N> r;
    for (unsigned i = 0; i < N; ++i) {
        if (c->fifo->empty()) {
            std::fprintf(stderr, "cascade read from an empty link\n");
            std::abort();
        }
        r.v[i] = aie::stub::f32_from_bits(static_cast<std::uint32_t>(c->fifo->front()));
        c->fifo->pop_front();
    }
    return r;
}

template <unsigned N>
void writeincr(output_cascade<accfloat> *c, const aie::accum<accfloat, N> &a)
{
    for (unsigned i = 0; i < N; ++i)
        c->fifo->push_back(static_cast<std::int32_t>(aie::stub::f32_bits(a.v[i])));
}

template <unsigned N, typename T>
aie::accum<T, N> readincr_v(input_cascade<T> *c)
{
    aie::accum<T, N> r;
    for (unsigned i = 0; i < N; ++i) {
        if (c->fifo->empty()) {
            std::fprintf(stderr, "cascade read from an empty link\n");
            std::abort();
        }
        r.v[i] = c->fifo->front();
        c->fifo->pop_front();
    }
    return r;
}

template <typename T, unsigned N>
void writeincr(output_cascade<T> *c, const aie::accum<T, N> &a)
{
    for (unsigned i = 0; i < N; ++i)
        c->fifo->push_back(a.v[i]);
}
