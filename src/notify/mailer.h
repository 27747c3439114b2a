// Mailer: hands one email to a mail server. SmtpMailer speaks SMTP through
// libcurl; tests use a recording fake or the aiosmtpd sink.
//
// Thread safety: implementations must allow Send from one thread at a time
// (the outbox sender is the only caller).
#pragma once

#include <string>

#include "core/mail.h"
#include "core/result.h"

namespace rapport::notify {

class Mailer {
 public:
  virtual ~Mailer() = default;
  // kUnavailable: worth retrying later (server down, temporary refusal).
  // kInvalidArgument: will never work (a recipient the server rejects outright).
  virtual Result<void> Send(const OutgoingMail& mail) = 0;
};

struct SmtpOptions {
  // "smtp://host:port" (STARTTLS when offered, or required with
  // require_tls) or "smtps://host:port" (TLS from the start). Empty: no mail
  // is sent and it waits in the outbox.
  std::string url;
  std::string from = "Rapport <rapport@localhost>";
  std::string username;
  std::string password;  // never logged
  bool require_tls = false;
  long timeout_seconds = 30;
};

class SmtpMailer final : public Mailer {
 public:
  explicit SmtpMailer(SmtpOptions options);
  Result<void> Send(const OutgoingMail& mail) override;

 private:
  SmtpOptions options_;
};

// The RFC 5322 text of a plain-text UTF-8 message (exposed for tests).
std::string FormatMessage(const OutgoingMail& mail, const std::string& from, UnixSeconds date,
                          const std::string& message_id);

// The address part of "Name <addr@host>" (or the text itself).
std::string AddressOf(const std::string& mailbox);

}  // namespace rapport::notify
