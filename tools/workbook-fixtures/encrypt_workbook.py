#!/usr/bin/python3
"""Encrypts an .xlsx with a password to open, as Excel's "Encrypt with Password" does with ECMA-376 Standard
Encryption (AES-128, SHA-1 key derivation): an OLE compound file holding an EncryptionInfo and an EncryptedPackage
stream. Debian's msoffcrypto-tool only decrypts, so the few steps of the standard (MS-OFFCRYPTO 2.3.4.5–2.3.4.9) are
written out here; the compound file is laid out by hand as MS-CFB version 3 describes it.

Usage: encrypt_workbook.py PLAIN.xlsx ENCRYPTED.xlsx PASSWORD
"""
import hashlib
import struct
import sys

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

SECTOR = 512
MINI = 64
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
CSP = "Microsoft Enhanced RSA and AES Cryptographic Provider\0"
# Fixed, so the fixture is the same every time it is made; a real encryptor draws these at random.
SALT = bytes(range(16))
VERIFIER = bytes(range(100, 116))


def derive_key(password):
    digest = hashlib.sha1(SALT + password.encode("utf-16-le")).digest()
    for i in range(50000):
        digest = hashlib.sha1(struct.pack("<I", i) + digest).digest()
    final = hashlib.sha1(digest + struct.pack("<I", 0)).digest()
    x1 = hashlib.sha1(bytes(b ^ 0x36 for b in final) + b"\x36" * (64 - len(final))).digest()
    x2 = hashlib.sha1(bytes(b ^ 0x5C for b in final) + b"\x5c" * (64 - len(final))).digest()
    return (x1 + x2)[:16]


def aes_ecb(key, data):
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def pad(data, size):
    return data + b"\0" * (-len(data) % size)


def encryption_info(key):
    csp = CSP.encode("utf-16-le")
    header = struct.pack("<IIIIIIII", 0x24, 0, 0x660E, 0x8004, 128, 0x18, 0, 0) + csp
    verifier_hash = pad(hashlib.sha1(VERIFIER).digest(), 32)
    verifier = struct.pack("<I", 16) + SALT + aes_ecb(key, VERIFIER) + struct.pack("<I", 20) + aes_ecb(key, verifier_hash)
    return struct.pack("<HHII", 4, 2, 0x24, len(header)) + header + verifier


def directory_entry(name, kind, start, size, left=NOSTREAM, right=NOSTREAM, child=NOSTREAM):
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return ((encoded + b"\0" * 64)[:64] + struct.pack("<HBB", len(encoded), kind, 1) + struct.pack("<III", left, right, child)
            + b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16 + struct.pack("<IQ", start, size))


def compound_file(info, package):
    """Sectors: 0 FAT, 1 directory, 2 mini FAT, 3.. mini stream (EncryptionInfo), then EncryptedPackage."""
    mini_stream = pad(info, MINI)
    mini_sectors = len(mini_stream) // MINI
    container = pad(mini_stream, SECTOR)
    container_sectors = len(container) // SECTOR
    package_data = pad(package, SECTOR)
    package_sectors = len(package_data) // SECTOR
    first_container = 3
    first_package = first_container + container_sectors
    total = first_package + package_sectors
    assert total <= SECTOR // 4, "one FAT sector covers 128 sectors; the fixture workbook is far smaller"

    fat = [FATSECT, END, END]
    fat += [first_container + i + 1 for i in range(container_sectors - 1)] + [END]
    fat += [first_package + i + 1 for i in range(package_sectors - 1)] + [END]
    fat += [FREE] * (SECTOR // 4 - len(fat))
    mini_fat = [i + 1 for i in range(mini_sectors - 1)] + [END]
    mini_fat += [FREE] * (SECTOR // 4 - len(mini_fat))

    directory = (directory_entry("Root Entry", 5, first_container, len(mini_stream), child=2)
                 + directory_entry("EncryptionInfo", 2, 0, len(info))
                 + directory_entry("EncryptedPackage", 2, first_package, len(package), left=1)
                 + directory_entry("", 0, 0, 0))
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 2, 1, END, 0)
              + struct.pack("<I", 0) + struct.pack("<I", FREE) * 108)
    return (header + struct.pack("<128I", *fat) + directory + struct.pack("<128I", *mini_fat) + container + package_data)


def main(plain, encrypted, password):
    with open(plain, "rb") as stream:
        package = stream.read()
    key = derive_key(password)
    encrypted_package = struct.pack("<Q", len(package)) + aes_ecb(key, pad(package, 16))
    with open(encrypted, "wb") as stream:
        stream.write(compound_file(encryption_info(key), encrypted_package))


if __name__ == "__main__":
    main(*sys.argv[1:4])
