#!/usr/bin/env python3
"""Issue 9: which client behaviour around an LDAP transaction (RFC 5805) crashes OpenLDAP 2.5's slapd.

A raw-protocol LDAP client (no libraries) that runs one scenario many times against a slapd it starts itself from a
folder made by `hakakses directory start --folder FOLDER` (stop that one first), and counts the times slapd died
(SIGSEGV) or stopped answering. Each trial: bind as the bridge, then the scenario on 64 adds (--ops), then "die":
close the socket abruptly (RST; --fin for an orderly close), as a killed process does.

    python3 scripts/txn-crash-probe.py FOLDER SCENARIO [--trials 40] [--ops 64] [--delay-us D] [--fin] [--keeper]
    python3 scripts/txn-crash-probe.py FOLDER sigterm-commit      # slapd stopped (SIGTERM) while it commits

Scenarios (figures for slapd 2.5.13 in BENCHMARKS.md):
  outstanding    the transaction's writes sent, none answered yet; die
  window1        writes one at a time, each answered; die with one outstanding
  abandoned      every write answered, no end request; die
  commit         every write answered, end(commit) sent; die while slapd commits
  w1commit       writes one at a time, then end(commit); die while slapd commits
  abort          every write answered, end(abort) sent; die
  racingend      writes and end(commit) sent back to back; die
  racecommit     writes and end(commit) back to back; read everything; orderly unbind (no death)
  raceabort      the same with end(abort)
  cleancommit    every write answered, then end(commit) at once; orderly unbind (no death)
  w1clean        writes one at a time, end(commit) right after the last answer; orderly unbind (no death)
  barrier        as cleancommit, but end only once cn=Monitor shows nothing else running on the connection
  w1barrier      as w1clean with that barrier
  notxn          plain pipelined writes (no transaction); die
  sigterm-commit / sigterm-queue / sigterm-notxn: slapd gets SIGTERM while it commits / queues / writes
--keeper: a child process holds a copy of the socket and lets go of it one second after the "death" (what
hak-akses's socket keeper does; see Sources/LDAP/SocketKeeper.swift). --barrier: in commit, w1commit and abort,
the end request waits for the cn=Monitor barrier. Both together are what hak-akses does (TransactionSafety.guarded).
"""
import argparse, json, os, random, signal, socket, struct, subprocess, sys, time, urllib.parse

# --- BER and LDAP messages ------------------------------------------------------------------------------------------

def ber_len(n):
    if n < 0x80: return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b
def tlv(tag, content): return bytes([tag]) + ber_len(len(content)) + content
def integer(v, tag=0x02): return tlv(tag, v.to_bytes(max(1, (v.bit_length() + 8) // 8), 'big', signed=True))
def octets(s, tag=0x04): return tlv(tag, s.encode() if isinstance(s, str) else s)
def seq(*parts, tag=0x30): return tlv(tag, b''.join(parts))
def boolean(v): return tlv(0x01, b'\xff' if v else b'\x00')

def message(msgid, op, controls=None):
    parts = [integer(msgid), op]
    if controls: parts.append(seq(*controls, tag=0xA0))
    return seq(*parts)
def bind(dn, password): return seq(integer(3), octets(dn), octets(password, 0x80), tag=0x60)
def unbind(): return tlv(0x42, b'')
def extended(oid, value=None):
    return seq(octets(oid, 0x80), *([octets(value, 0x81)] if value is not None else []), tag=0x77)
def add(dn, attributes):
    return seq(octets(dn), seq(*[seq(octets(k), seq(*[octets(v) for v in vs], tag=0x31)) for k, vs in attributes]), tag=0x68)
def search_equal(base, attribute, value, attributes):
    return seq(octets(base), integer(1, 0x0a), integer(0, 0x0a), integer(0), integer(0), boolean(False),
               seq(octets(attribute), octets(value), tag=0xa3), seq(*[octets(a) for a in attributes]), tag=0x63)
TXN_START, TXN_END, TXN_SPEC = '1.3.6.1.1.21.1', '1.3.6.1.1.21.3', '1.3.6.1.1.21.2'
def txn_control(): return seq(octets(TXN_SPEC), boolean(True), octets(b''))   # slapd's transaction identifier is empty
def txn_end(commit): return extended(TXN_END, seq(boolean(commit), octets(b'')))

def read_tlv(buf, i):
    tag = buf[i]; length = buf[i + 1]; i += 2
    if length & 0x80:
        n = length & 0x7f; length = int.from_bytes(buf[i:i + n], 'big'); i += n
    return tag, buf[i:i + length], i + length

class Connection:
    def __init__(self, host, port):
        self.socket = socket.create_connection((host, port))
        self.buffer, self.next_id = b'', 1
    def send(self, op, controls=None):
        msgid = self.next_id; self.next_id += 1
        self.socket.sendall(message(msgid, op, controls))
        return msgid
    def receive(self):
        """(message id, protocol op tag, op content) of the next message."""
        while True:
            if len(self.buffer) >= 2:
                try:
                    _, content, end = read_tlv(self.buffer, 0)
                    if end <= len(self.buffer):
                        self.buffer = self.buffer[end:]
                        _, msgid, j = read_tlv(content, 0)
                        tag, op, _ = read_tlv(content, j)
                        return int.from_bytes(msgid, 'big'), tag, op
                except IndexError:
                    pass
            data = self.socket.recv(65536)
            if not data: raise EOFError('the server closed the connection')
            self.buffer += data
    def result(self):
        _, tag, op = self.receive()
        return int.from_bytes(read_tlv(op, 0)[1], 'big')
    def die(self, rst=True):
        if rst: self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
        self.socket.close()

def entry_attributes(op):
    _, _, j = read_tlv(op, 0)
    _, attributes, _ = read_tlv(op, j)
    found, i = {}, 0
    while i < len(attributes):
        _, pair, i = read_tlv(attributes, i)
        _, name, k = read_tlv(pair, 0)
        _, values, _ = read_tlv(pair, k)
        m, collected = 0, []
        while m < len(values):
            _, v, m = read_tlv(values, m); collected.append(v.decode())
        found[name.decode()] = collected
    return found

def barrier(c):
    """Waits until cn=Monitor shows nothing but this search running on c's connection; returns the polls needed."""
    address = 'IP=%s:%d' % c.socket.getsockname()[:2]
    polls = 0
    while True:
        polls += 1
        c.send(search_equal('cn=Connections,cn=Monitor', 'monitorConnectionPeerAddress', address,
                            ['monitorConnectionOpsExecuting', 'monitorConnectionOpsPending']))
        found = None
        while True:
            _, tag, op = c.receive()
            if tag == 0x64: found = entry_attributes(op)
            elif tag == 0x65: break
        if found is None: raise SystemExit('cn=Monitor does not show this connection (see ldif/config.ldif)')
        if found.get('monitorConnectionOpsExecuting') == ['1'] and found.get('monitorConnectionOpsPending') == ['0']:
            return polls
        time.sleep(0.0005)

# --- slapd -----------------------------------------------------------------------------------------------------------

def launch(folder, port):
    log = open(os.path.join(folder, 'slapd.log'), 'a')
    sock = os.path.join(folder, 'run', 'ldapi')
    if os.path.exists(sock): os.unlink(sock)
    urls = f'ldap://127.0.0.1:{port}/ ldapi://' + urllib.parse.quote(sock, safe='')
    server = subprocess.Popen(['/usr/sbin/slapd', '-F', os.path.join(folder, 'slapd.d'), '-h', urls, '-d', '0'],
                              stdout=log, stderr=log, stdin=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(('127.0.0.1', port)).close()
            return server
        except OSError:
            time.sleep(0.05)
    raise SystemExit('slapd did not start; see ' + log.name)

def answers(server, port):
    if server.poll() is not None: return False
    try:
        c = Connection('127.0.0.1', port); c.socket.settimeout(5)
        c.send(extended('1.3.6.1.4.1.4203.1.11.3'))   # who am I (refused to anonymous, but answered)
        c.receive(); c.socket.close()
        return True
    except Exception:
        return False

# --- scenarios -------------------------------------------------------------------------------------------------------

ORDERLY = {'racecommit', 'raceabort', 'cleancommit', 'w1clean', 'barrier', 'w1barrier'}

def run(c, scenario, writes, ctl, wait=False):
    if scenario == 'outstanding':
        for w in writes: c.send(w, ctl)
    elif scenario == 'window1':
        k = random.randrange(len(writes))
        for w in writes[:k]: c.send(w, ctl); c.result()
        c.send(writes[k], ctl)
    elif scenario == 'abandoned':
        for w in writes: c.send(w, ctl)
        for _ in writes: c.result()
    elif scenario in ('commit', 'abort'):
        for w in writes: c.send(w, ctl)
        for _ in writes: c.result()
        if wait: barrier(c)
        c.send(txn_end(scenario == 'commit'))
    elif scenario == 'w1commit':
        for w in writes: c.send(w, ctl); c.result()
        if wait: barrier(c)
        c.send(txn_end(True))
    elif scenario == 'racingend':
        for w in writes: c.send(w, ctl)
        c.send(txn_end(True))
    elif scenario in ('racecommit', 'raceabort'):
        for w in writes: c.send(w, ctl)
        c.send(txn_end(scenario == 'racecommit'))
        for _ in range(len(writes) + 1): c.result()
    elif scenario in ('cleancommit', 'barrier'):
        for w in writes: c.send(w, ctl)
        for _ in writes: c.result()
        if scenario == 'barrier': barrier(c)
        c.send(txn_end(True)); c.result()
    elif scenario in ('w1clean', 'w1barrier'):
        for w in writes: c.send(w, ctl); c.result()
        if scenario == 'w1barrier': barrier(c)
        c.send(txn_end(True)); c.result()
    elif scenario == 'notxn':
        for w in writes: c.send(w)
    else:
        raise SystemExit('unknown scenario ' + scenario)

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('folder')
    p.add_argument('scenario')
    p.add_argument('--trials', type=int, default=40)
    p.add_argument('--ops', type=int, default=64)
    p.add_argument('--delay-us', type=int, default=-1, help='pause before dying (default: random, 0-2 ms)')
    p.add_argument('--fin', action='store_true', help='an orderly close instead of a reset')
    p.add_argument('--keeper', action='store_true', help='a child process holds the socket one more second')
    p.add_argument('--barrier', action='store_true', help='the end request waits for the cn=Monitor barrier')
    a = p.parse_args()
    folder = os.path.abspath(a.folder)
    instance = json.load(open(os.path.join(folder, 'instance.json')))
    port, base = instance['port'], instance['baseDN']
    password = open(os.path.join(folder, 'secrets', 'hak-akses-bridge.password')).read().strip()
    bridge = 'cn=hak-akses-bridge,ou=services,' + base

    def writes(trial):
        tag = f'{a.scenario}.{os.getpid()}.{trial}.{random.randrange(1 << 30)}'
        return [add(f'uid=probe.{tag}.{i},ou=operators,{base}', [
            ('objectClass', ['inetOrgPerson', 'siakPerson', 'siakAccount']), ('uid', [f'probe.{tag}.{i}']),
            ('cn', [f'probe {i}']), ('sn', [f'probe {i}'])]) for i in range(a.ops)]

    crashes = 0
    if a.scenario.startswith('sigterm-'):
        mode = a.scenario.split('-', 1)[1]
        for trial in range(a.trials):
            server = launch(folder, port)
            c = Connection('127.0.0.1', port); c.send(bind(bridge, password)); c.result()
            w = writes(trial)
            if mode != 'notxn':
                c.send(extended(TXN_START)); c.result()
                for x in w: c.send(x, [txn_control()])
                if mode == 'commit':
                    for _ in w: c.result()
                    c.send(txn_end(True))
                time.sleep(random.random() * 0.003)
            else:
                for x in w: c.send(x)
                time.sleep(random.random() * 0.01)
            server.send_signal(signal.SIGTERM)
            if server.wait() != 0: crashes += 1
            c.socket.close()
        print(f'{a.scenario} ({a.ops} writes): slapd ended with a signal or an error in {crashes} of {a.trials} SIGTERMs')
        return 1 if crashes else 0

    server = launch(folder, port)
    for trial in range(a.trials):
        c = Connection('127.0.0.1', port)
        keeper = None
        if a.keeper:
            keeper = subprocess.Popen(['/bin/sh', '-c', 'trap "" HUP INT TERM QUIT; read -r _; exec sleep 1'],
                                      stdin=subprocess.PIPE, pass_fds=(c.socket.fileno(),),
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        c.send(bind(bridge, password)); c.result()
        if a.scenario != 'notxn':
            c.send(extended(TXN_START)); c.result()
        try:
            run(c, a.scenario, writes(trial), [txn_control()], wait=a.barrier)
            if a.scenario in ORDERLY: c.send(unbind())
        except (EOFError, ConnectionResetError):
            pass   # slapd died under us: counted below
        delay = a.delay_us if a.delay_us >= 0 else random.randrange(2000)
        time.sleep(delay / 1e6)
        c.die(rst=not a.fin and a.scenario not in ORDERLY)
        if keeper is not None:
            keeper.stdin.close()   # what the death of the process does to the keeper's pipe
            keeper.wait()
        time.sleep(0.3)
        if not answers(server, port):
            crashes += 1
            print(f'trial {trial + 1}: slapd down (exit status {server.poll()}; -11 is SIGSEGV)', flush=True)
            if server.poll() is None: server.kill(); server.wait()
            server = launch(folder, port)
    server.terminate(); server.wait()
    extras = ''.join([', keeper' if a.keeper else '', ', barrier' if a.barrier else ''])
    print(f'{a.scenario} ({a.ops} writes{extras}): slapd died {crashes} times in {a.trials} trials')
    return 1 if crashes else 0

if __name__ == '__main__':
    sys.exit(main())
