// Host stand-in for the subset of the AIE API used by the generated dense kernel (test-only).
// Semantics as documented: row-major mmul microtiles, acc32 lanes wrap modulo 2^32, SRS
// rounds per the rounding mode then saturates (aieml-facts.md 3.3), load_v / store_v need
// the vector's alignment (checked here, up to 32 bytes).
#pragma once

#include "../adf.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

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

template <typename T, unsigned N>
vector<T, N> max(const vector<T, N> &a, const vector<T, N> &b)
{
    vector<T, N> r;
    for (unsigned i = 0; i < N; ++i)
        r.v[i] = a.v[i] > b.v[i] ? a.v[i] : b.v[i];
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

template <unsigned M, unsigned K, unsigned N, typename TA, typename TB>
struct mmul {
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

}  // namespace aie

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
