// Result<T>: either a value or an Error, in the spirit of C++23's
// std::expected (moving to it later is a rename). Result<void> is the
// "Status" of operations with no value.
//
// Usage:
//   Result<Post> post = store.FindPostBySlug(slug);
//   if (!post) return post.error();
//   Use(*post);
//
// Thread safety: plain values.
#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "core/error.h"

namespace rapport {

// Wraps an Error so that `return Unexpected(err)` converts to any Result<T>.
struct Unexpected {
  Error error;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT
  Result(Unexpected u) : state_(std::in_place_index<1>, std::move(u.error)) {}  // NOLINT

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<0>(state_); }
  const T& value() const& { assert(ok()); return std::get<0>(state_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { assert(!ok()); return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  Result(Unexpected u) : error_(std::move(u.error)), ok_(false) {}  // NOLINT

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { assert(!ok_); return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

inline Result<void> Ok() { return {}; }

}  // namespace rapport

// Returns early from the enclosing function when `expr` (a Result) failed.
#define RAPPORT_RETURN_IF_ERROR(expr)                        \
  do {                                                       \
    auto&& rapport_result_ = (expr);                         \
    if (!rapport_result_.ok()) return rapport_result_.error(); \
  } while (false)
