#include "http/server.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <spdlog/spdlog.h>

#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/log_line.h"
#include "core/time_format.h"

namespace rapport::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;

// A short page for the errors the server itself answers, before any handler.
beast_http::response<beast_http::string_body> PlainError(beast_http::status status, unsigned version,
                                                          std::string_view message) {
  beast_http::response<beast_http::string_body> res{status, version};
  res.set(beast_http::field::content_type, "text/html; charset=utf-8");
  res.set(beast_http::field::cache_control, "no-store");
  res.body() = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>" +
               std::string(beast_http::obsolete_reason(status)) + "</title><main><h1>" +
               std::string(beast_http::obsolete_reason(status)) + "</h1><p>" + std::string(message) +
               "</p></main></html>";
  res.keep_alive(false);
  res.prepare_payload();
  return res;
}

}  // namespace

class Session;

struct Server::Impl {
  Impl(ServerOptions o, Handler h)
      : options(std::move(o)), handler(std::move(h)), acceptor(ioc), signals(ioc), grace_timer(ioc) {}

  void Accept();
  void OnSessionEnd(Session* session);
  void BeginStop();

  ServerOptions options;
  Handler handler;
  asio::io_context ioc;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  asio::steady_timer grace_timer;
  std::atomic<bool> stopping{false};
  std::mutex sessions_mutex;
  std::unordered_set<Session*> sessions;  // GUARDED_BY(sessions_mutex)
  std::unordered_map<std::string, std::size_t> per_address;  // GUARDED_BY(sessions_mutex)
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Server::Impl& server)
      : stream_(std::move(socket)), server_(server) {
    beast::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ = endpoint.address().to_string();
    stream_.socket().set_option(tcp::no_delay(true), ec);
  }

  ~Session() { server_.OnSessionEnd(this); }

  const std::string& remote() const { return remote_; }

  void Start() { asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->DoReadHeader(); }); }

  // Closes the connection unless a request is being handled (then it closes after the response).
  void CloseIfIdle() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) self->Close();
    });
  }

  void Reject(beast_http::status status, std::string message) {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this(), status, message] {
      self->busy_ = true;
      self->Write(PlainError(status, 11, message), false);
    });
  }

 private:
  void DoReadHeader() {
    if (server_.stopping) return Close();
    busy_ = false;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.max_header_bytes));
    parser_->body_limit(server_.options.max_body_bytes);
    stream_.expires_after(server_.options.header_timeout);
    beast_http::async_read_header(stream_, buffer_, *parser_,
                                  beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
  }

  void OnHeader(beast::error_code ec, std::size_t) {
    if (ec) return OnReadError(ec);
    busy_ = true;
    stream_.expires_after(server_.options.body_timeout);
    const auto& req = parser_->get();
    if (beast::iequals(req[beast_http::field::expect], "100-continue")) {
      if (req.has_content_length() && *parser_->content_length() > server_.options.max_body_bytes) {
        return Write(PlainError(beast_http::status::payload_too_large, req.version(),
                                "This is more than the site accepts in one request."),
                     false);
      }
      auto cont = std::make_shared<beast_http::response<beast_http::empty_body>>(beast_http::status::continue_, 11);
      beast_http::async_write(stream_, *cont, [self = shared_from_this(), cont](beast::error_code ec2, std::size_t) {
        if (ec2) return self->Close();
        self->DoReadBody();
      });
      return;
    }
    DoReadBody();
  }

  void DoReadBody() {
    beast_http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::OnRead, shared_from_this()));
  }

  void OnReadError(beast::error_code ec) {
    if (ec == beast_http::error::end_of_stream || ec == asio::error::operation_aborted || ec == beast::error::timeout ||
        ec == asio::error::connection_reset || ec == asio::error::eof) {
      return Close();
    }
    busy_ = true;
    if (ec == beast_http::error::body_limit) {
      return Write(PlainError(beast_http::status::payload_too_large, 11,
                              "This is more than the site accepts in one request. If you were posting a comment, "
                              "your browser may still have your text: go back to the page to find it."),
                   false);
    }
    if (ec == beast_http::error::header_limit) {
      return Write(PlainError(beast_http::status::request_header_fields_too_large, 11,
                              "The request's headers are larger than this site accepts."),
                   false);
    }
    Write(PlainError(beast_http::status::bad_request, 11, "The request could not be understood."), false);
  }

  void OnRead(beast::error_code ec, std::size_t) {
    if (ec) return OnReadError(ec);
    const auto started = std::chrono::steady_clock::now();
    BeastRequest raw = parser_->release();
    const bool head = raw.method() == beast_http::verb::head;
    const unsigned version = raw.version();
    const bool keep_alive = raw.keep_alive() && !server_.stopping;
    const std::string method(raw.method_string());
    if (raw.target().size() > server_.options.max_target_bytes) {
      return Write(PlainError(beast_http::status::uri_too_long, version, "This address is longer than the site accepts."),
                   false);
    }
    auto request = Request::From(std::move(raw), remote_);
    if (!request) {
      return Write(PlainError(beast_http::status::bad_request, version, request.error().message), false);
    }
    Response response;
    try {
      response = server_.handler(*request);
    } catch (const std::exception& e) {
      spdlog::error("{}", LogLine("unhandled_exception").Add("path", request->path()).Add("error", e.what()).Fields());
      return Write(PlainError(beast_http::status::internal_server_error, version,
                              "Something went wrong on our side. Please try again in a moment."),
                   false);
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    spdlog::info("{}", LogLine("request")
                           .Add("method", method)
                           .Add("path", request->path())
                           .Add("status", static_cast<int>(response.status))
                           .Add("bytes", response.body.size())
                           .Add("ms", ms)
                           .Fields());

    beast_http::response<beast_http::string_body> res{response.status, version};
    res.set(beast_http::field::server, "Rapport");
    res.set(beast_http::field::date, FormatHttpDate(std::time(nullptr)));
    if (!response.content_type.empty()) res.set(beast_http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) res.insert(name, value);
    for (const Cookie& cookie : response.cookies) res.insert(beast_http::field::set_cookie, cookie.ToHeader());
    const bool keep = keep_alive && !response.close;
    res.keep_alive(keep);
    const std::size_t length = response.body.size();
    if (response.status != beast_http::status::not_modified && !head) res.body() = std::move(response.body);
    if (response.status != beast_http::status::not_modified) res.content_length(length);
    Write(std::move(res), keep);
  }

  void Write(beast_http::response<beast_http::string_body> res, bool keep_alive) {
    auto shared = std::make_shared<beast_http::response<beast_http::string_body>>(std::move(res));
    shared->keep_alive(keep_alive);
    stream_.expires_after(server_.options.write_timeout);
    beast_http::async_write(stream_, *shared, [self = shared_from_this(), shared, keep_alive](beast::error_code ec, std::size_t) {
      if (ec || !keep_alive || self->server_.stopping) return self->Close();
      self->DoReadHeader();
    });
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<beast_http::request_parser<beast_http::string_body>> parser_;
  Server::Impl& server_;
  std::string remote_;
  bool busy_ = false;  // a request is being read, handled or answered
};

void Server::Impl::Accept() {
  acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (!stopping && acceptor.is_open()) Accept();
      return;
    }
    auto session = std::make_shared<Session>(std::move(socket), *this);
    std::size_t open, from_address;
    {
      std::lock_guard lock(sessions_mutex);
      sessions.insert(session.get());
      open = sessions.size();
      from_address = ++per_address[session->remote()];
    }
    if (open > options.max_connections) {
      session->Reject(beast_http::status::service_unavailable, "The site is very busy. Please try again in a moment.");
    } else if (from_address > options.max_connections_per_address) {
      session->Reject(beast_http::status::too_many_requests,
                      "There are too many connections from your address. Please try again in a moment.");
    } else {
      session->Start();
    }
    if (!stopping) Accept();
  });
}

void Server::Impl::OnSessionEnd(Session* session) {
  std::lock_guard lock(sessions_mutex);
  sessions.erase(session);
  if (auto it = per_address.find(session->remote()); it != per_address.end() && --it->second == 0) per_address.erase(it);
  if (stopping && sessions.empty()) {
    asio::post(ioc, [this] { grace_timer.cancel(); });
  }
}

void Server::Impl::BeginStop() {
  if (stopping.exchange(true)) return;
  spdlog::info("{}", LogLine("stopping").Add("grace_seconds", static_cast<std::int64_t>(options.shutdown_grace.count())).Fields());
  beast::error_code ec;
  acceptor.close(ec);
  signals.cancel(ec);
  std::vector<std::shared_ptr<Session>> live;
  {
    std::lock_guard lock(sessions_mutex);
    for (Session* s : sessions) {
      if (auto strong = s->weak_from_this().lock()) live.push_back(std::move(strong));
    }
  }
  for (auto& s : live) s->CloseIfIdle();
  bool none_left;
  {
    std::lock_guard lock(sessions_mutex);
    none_left = sessions.empty();
  }
  if (none_left) return;
  grace_timer.expires_after(options.shutdown_grace);
  grace_timer.async_wait([this](beast::error_code wait_ec) {
    if (!wait_ec) {
      spdlog::warn("{}", LogLine("shutdown_grace_over").Fields());
      ioc.stop();
    }
  });
}

Server::Server(ServerOptions options, Handler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}

Server::~Server() {
  if (!impl_->ioc.stopped()) impl_->ioc.stop();
}

Result<void> Server::Start() {
  beast::error_code ec;
  const auto address = asio::ip::make_address(impl_->options.host, ec);
  if (ec) return Error::InvalidArgument("\"" + impl_->options.host + "\" is not an IP address to listen on.");
  const tcp::endpoint endpoint{address, impl_->options.port};
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return Error::Unavailable("Could not listen on " + impl_->options.host + ":" +
                              std::to_string(impl_->options.port) + ": " + ec.message());
  }
  port_ = acceptor.local_endpoint().port();
  impl_->Accept();
  return Ok();
}

void Server::Run(bool handle_signals) {
  if (handle_signals) {
    impl_->signals.add(SIGINT);
    impl_->signals.add(SIGTERM);
    impl_->signals.async_wait([this](beast::error_code ec, int) {
      if (!ec) impl_->BeginStop();
    });
  }
  const int count = std::max(1, impl_->options.threads);
  std::vector<std::thread> threads;
  threads.reserve(count - 1);
  for (int i = 1; i < count; ++i) threads.emplace_back([this] { impl_->ioc.run(); });
  impl_->ioc.run();
  for (std::thread& t : threads) t.join();
}

void Server::Stop() {
  asio::post(impl_->ioc, [this] { impl_->BeginStop(); });
}

}  // namespace rapport::http
