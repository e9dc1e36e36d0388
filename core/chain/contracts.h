#pragma once

#include "contract_abi.h"

#include <QByteArray>

// The contracts compiled at build time (contracts/), as ABIs and creation code.
namespace meterdesk::chain {

const ContractAbi& creditEscrowAbi(); // with the token's errors, which bubble up through it
const ContractAbi& testTokenAbi();
QByteArray creditEscrowBytecode();
QByteArray testTokenBytecode();

} // namespace meterdesk::chain
