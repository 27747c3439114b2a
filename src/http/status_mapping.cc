#include "http/status_mapping.h"

#include <boost/json.hpp>

namespace rapport::http {

using boost::beast::http::status;

status StatusFor(const Error& error) {
  switch (error.code) {
    case ErrorCode::kInvalidArgument: return status::bad_request;
    case ErrorCode::kNotFound: return status::not_found;
    case ErrorCode::kConflict: return status::conflict;
    case ErrorCode::kUnauthorized: return status::unauthorized;
    case ErrorCode::kForbidden: return status::forbidden;
    case ErrorCode::kTooLarge: return status::payload_too_large;
    case ErrorCode::kRateLimited: return status::too_many_requests;
    case ErrorCode::kUnavailable: return status::service_unavailable;
    case ErrorCode::kInternal: return status::internal_server_error;
  }
  return status::internal_server_error;
}

std::string ErrorJson(const Error& error) {
  boost::json::object body{{"code", ErrorCodeName(error.code)}, {"message", error.message}};
  if (!error.field.empty()) body["field"] = error.field;
  if (!error.details.empty()) {
    boost::json::array details;
    for (const Error& d : error.details) details.push_back({{"field", d.field}, {"message", d.message}});
    body["details"] = std::move(details);
  }
  return boost::json::serialize(boost::json::object{{"error", std::move(body)}});
}

std::string ErrorTitle(const Error& error) {
  switch (error.code) {
    case ErrorCode::kNotFound: return "We couldn't find that page";
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kTooLarge:
    case ErrorCode::kConflict: return "Something in that request needs a second look";
    case ErrorCode::kUnauthorized:
    case ErrorCode::kForbidden: return "This page isn't available to you";
    case ErrorCode::kRateLimited: return "Please wait a moment";
    case ErrorCode::kUnavailable:
    case ErrorCode::kInternal: return "Something went wrong on our side";
  }
  return "Something went wrong on our side";
}

}  // namespace rapport::http
