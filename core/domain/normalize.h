#pragma once

#include <QString>

namespace fd::normalize {

// Normalised forms stored next to names and phone numbers so that duplicates are found
// with an indexed equality test. Duplicate detection (leads/) builds its keys on these rules;
// changing them means recomputing the stored normalized_* columns.

// Company name key: NFKC (full-width → half-width), lower case, trimmed, inner spaces
// collapsed, common legal suffixes removed (有限公司, 股份有限公司, 集团, Co., Ltd., Inc.…).
// "北京星河科技有限公司" and "北京星河科技" give the same key.
QString companyName(const QString &name);

// Phone key: digits only, with a leading +86 / 0086 country code removed (a landline
// then gets its domestic 0 back). "+86 138-0013-8000" → "13800138000",
// "+86 (755) 8888-0000" → "075588880000". Empty when there are no digits.
QString phone(const QString &phone);

// Duplicate key of a company: companyName() without a "(中国)" / "（中国）" /
// "(China)" marker and without spaces and punctuation, so "星河科技（中国）有限公司" and
// "星 河-科技" meet. Empty when nothing is left.
QString companyKey(const QString &name);

// E-mail key: NFKC, trimmed, lower case. "Li.Lei@Example.COM " → "li.lei@example.com".
QString email(const QString &email);

// True for an e-mail key whose mailbox is a role shared by many people (sales@, info@,
// service@, kefu@ …): two records sharing one are not the same lead by that alone.
bool isRoleMailbox(const QString &emailKey);

} // namespace fd::normalize
