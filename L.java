import java.security.*;
public class L {
  static Provider open(long slot) { return Security.getProvider("SunPKCS11").configure("--name=S" + slot + "\nlibrary=/usr/lib/x86_64-linux-gnu/pkcs11/libtpm2_pkcs11.so\nslot=" + slot + "\n"); }
  public static void main(String[] a) throws Exception {
    KeyStore.getInstance("PKCS11", open(1)).load(null, "1111".toCharArray());
    System.out.println("slot 1 ok");
    Process p = new ProcessBuilder("tpm2_ptool","addtoken","--pid=1","--label=b","--userpin=3333","--sopin=2222").inheritIO().start(); p.waitFor();
    try { KeyStore.getInstance("PKCS11", open(2)).load(null, "3333".toCharArray()); System.out.println("slot 2 ok in same JVM"); }
    catch (Exception e) { System.out.println("slot 2 in same JVM: " + e + " / " + e.getCause()); }
  }
}
