#include <curl/curl.h>

#include <cstring>
#include <mutex>

#include "core/time_format.h"
#include "notify/mailer.h"
#include "safety/signer.h"

namespace rapport::notify {
namespace {

// RFC 2047 encoded-word for a header holding non-ASCII text.
std::string EncodeHeader(const std::string& text) {
  bool ascii = true;
  for (unsigned char c : text) ascii = ascii && c >= 0x20 && c < 0x7F;
  if (ascii) return text;
  static constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string b64;
  for (std::size_t i = 0; i < text.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(text[i]) << 16) |
                       (i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) << 8 : 0) |
                       (i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0);
    b64 += kB64[(v >> 18) & 63];
    b64 += kB64[(v >> 12) & 63];
    b64 += i + 1 < text.size() ? kB64[(v >> 6) & 63] : '=';
    b64 += i + 2 < text.size() ? kB64[v & 63] : '=';
  }
  return "=?UTF-8?B?" + b64 + "?=";
}

// Headers can't hold line breaks: a subject with one could add headers.
std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\r' || c == '\n') c = ' ';
  }
  return text;
}

struct Upload {
  const std::string* text;
  std::size_t offset = 0;
};

std::size_t ReadUpload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t left = upload->text->size() - upload->offset;
  const std::size_t n = std::min(left, size * count);
  std::memcpy(buffer, upload->text->data() + upload->offset, n);
  upload->offset += n;
  return n;
}

}  // namespace

std::string AddressOf(const std::string& mailbox) {
  const std::size_t open = mailbox.find('<');
  const std::size_t close = mailbox.find('>', open);
  if (open == std::string::npos || close == std::string::npos) return mailbox;
  return mailbox.substr(open + 1, close - open - 1);
}

std::string FormatMessage(const OutgoingMail& mail, const std::string& from, UnixSeconds date,
                          const std::string& message_id) {
  std::string body;
  // Normalise to CRLF and dot-safe lines are left to curl (it escapes leading dots).
  for (std::size_t i = 0; i < mail.body.size(); ++i) {
    if (mail.body[i] == '\n' && (i == 0 || mail.body[i - 1] != '\r')) body += '\r';
    body += mail.body[i];
  }
  const std::string from_address = AddressOf(from);
  std::string domain = from_address.substr(from_address.find('@') == std::string::npos ? 0 : from_address.find('@') + 1);
  if (domain.empty()) domain = "localhost";
  return "Date: " + FormatHttpDate(date).replace(FormatHttpDate(date).size() - 3, 3, "+0000") + "\r\n" +
         "From: " + OneLine(from) + "\r\n" + "To: " + OneLine(mail.recipient) + "\r\n" +
         "Subject: " + EncodeHeader(OneLine(mail.subject)) + "\r\n" + "Message-ID: <" + message_id + "@" + domain +
         ">\r\n" + "MIME-Version: 1.0\r\n" + "Content-Type: text/plain; charset=utf-8\r\n" +
         "Content-Transfer-Encoding: 8bit\r\n" + "Auto-Submitted: auto-generated\r\n" + "\r\n" + body + "\r\n";
}

SmtpMailer::SmtpMailer(SmtpOptions options) : options_(std::move(options)) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Result<void> SmtpMailer::Send(const OutgoingMail& mail) {
  if (options_.url.empty()) return Error::Unavailable("No mail server is configured.");
  const std::string text = FormatMessage(mail, options_.from, std::time(nullptr), safety::RandomToken(12));
  CURL* curl = curl_easy_init();
  if (!curl) return Error::Unavailable("Could not start the mail client.");
  Upload upload{&text};
  const std::string from = "<" + AddressOf(options_.from) + ">";
  const std::string to = "<" + AddressOf(mail.recipient) + ">";
  curl_slist* recipients = curl_slist_append(nullptr, to.c_str());
  curl_easy_setopt(curl, CURLOPT_URL, options_.url.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, ReadUpload);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, options_.timeout_seconds);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_USE_SSL, options_.require_tls ? CURLUSESSL_ALL : CURLUSESSL_TRY);
  if (!options_.username.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, options_.username.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, options_.password.c_str());
  }
  const CURLcode rc = curl_easy_perform(curl);
  long response = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  if (rc == CURLE_OK) return Ok();
  const std::string why = std::string(curl_easy_strerror(rc)) + (response ? " (" + std::to_string(response) + ")" : "");
  // A permanent SMTP refusal (5xx) of the recipient will not get better by waiting.
  if (rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR || rc == CURLE_COULDNT_CONNECT ||
      rc == CURLE_OPERATION_TIMEDOUT || response < 500) {
    return Error::Unavailable(why);
  }
  return Error::InvalidArgument(why);
}

}  // namespace rapport::notify
