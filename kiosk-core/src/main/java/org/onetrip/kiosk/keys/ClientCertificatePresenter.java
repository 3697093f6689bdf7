package org.onetrip.kiosk.keys;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Presents the kiosk's one certificate chain and its key as a TLS client; never as a server.
 * The TLS server's list of acceptable issuers is not checked here: the server decides.
 */
final class ClientCertificatePresenter extends X509ExtendedKeyManager {

    private final String alias;
    private final PrivateKey key;
    private final X509Certificate[] chain;
    private final String keyType;

    ClientCertificatePresenter(String alias, PrivateKey key, List<X509Certificate> chain) {
        this.alias = alias;
        this.key = key;
        this.chain = chain.toArray(X509Certificate[]::new);
        this.keyType = this.chain[0].getPublicKey().getAlgorithm();
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return this.keyType.equals(keyType) ? new String[] {alias} : null;
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return Arrays.asList(keyTypes).contains(keyType) ? alias : null;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return chooseClientAlias(keyTypes, issuers, null);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return this.alias.equals(alias) ? chain.clone() : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return this.alias.equals(alias) ? key : null;
    }
}
